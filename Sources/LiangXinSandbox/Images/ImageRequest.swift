import LiangXinRuntime
import LiangXinSpec

/// The file a task's input asks for: its format and pixel size, read through the model's spec.
struct ImageRequest: Sendable, Equatable {
    /// PNG or JPEG.
    enum Format: String, Sendable {
        case png, jpeg

        /// The file extension.
        var fileExtension: String { rawValue == "jpeg" ? "jpg" : rawValue }
        /// The `Content-Type`.
        var mediaType: String { "image/\(rawValue)" }
    }

    /// The format.
    var format: Format
    /// The size in pixels.
    var width: Int, height: Int

    /// A request of a format and size.
    init(format: Format, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }

    /// The largest side the sandbox renders.
    static let maximumSide = 4096

    /// Reads the request from an input, using the spec for sizes and defaults:
    /// `width`/`height` fields; enum values whose description gives a size (`1024×768`);
    /// `W:H` ratios, with the long side from a `1K`/`2K`/`4K` resolution (1K otherwise);
    /// then the spec's defaults; 1024×1024 when nothing says.
    init(input: JSONValue, model: ModelSpec) {
        let values = Self.effectiveValues(input: input, model: model)
        format = Self.format(values)
        let longSide = model.input.lazy.compactMap { values[$0.name].flatMap(Self.resolution) }.first ?? 1024
        var size: (Int, Int)?
        if case .integer(let width)? = values["width"], case .integer(let height)? = values["height"] {
            size = (width, height)
        }
        for field in model.input where size == nil {
            guard case .string(let value)? = values[field.name] else { continue }
            if let option = Self.option(value, of: field), let described = option.description.flatMap(Self.size) {
                size = described
            } else if let ratio = Self.ratio(value) {
                size =
                    ratio.0 >= ratio.1
                    ? (longSide, longSide * ratio.1 / ratio.0) : (longSide * ratio.0 / ratio.1, longSide)
            }
        }
        let (width, height) = size ?? (longSide, longSide)
        self.width = width.clamped(to: 1...Self.maximumSide)
        self.height = height.clamped(to: 1...Self.maximumSide)
    }

    /// The input's values over the spec's defaults, by wire name; explicit values first,
    /// so an omitted field never outranks one the caller chose.
    private static func effectiveValues(input: JSONValue, model: ModelSpec) -> [String: SpecValue] {
        var values: [String: SpecValue] = [:]
        guard case .object(let object) = input else { return values }
        for field in model.input {
            switch object[field.name] {
            case .string(let text)?: values[field.name] = .string(text.string)
            case .number(let number)?:
                values[field.name] = number.integer.map(SpecValue.integer) ?? .number(number.double)
            default: break
            }
        }
        let isSizeField = { (name: String) in ["size", "aspect", "width", "height"].contains { name.contains($0) } }
        let callerChoseSize = values.keys.contains(where: isSizeField)
        for field in model.input where values[field.name] == nil {
            guard let value = field.schema.defaultValue?.value else { continue }
            if callerChoseSize && isSizeField(field.name) { continue }
            values[field.name] = value
        }
        return values
    }

    /// The enum option a value (or one of its aliases) names.
    private static func option(_ value: String, of field: FieldSpec) -> EnumValueSpec? {
        field.schema.enumValues?.first { $0.value == value || $0.aliases.contains { $0.value == value } }
    }

    /// `jpeg` when an output format field names JPEG (or an alias of it); PNG otherwise.
    private static func format(_ values: [String: SpecValue]) -> Format {
        for (name, value) in values where name.contains("format") {
            if case .string(let text) = value, text.lowercased().contains("jp") { return .jpeg }
        }
        return .png
    }

    /// `1024×768` (or `1024x768`) in a description.
    private static func size(_ description: String) -> (Int, Int)? {
        let parts = description.split(whereSeparator: { $0 == "×" || $0 == "x" })
        guard parts.count == 2, let width = Int(parts[0].filter(\.isNumber)),
            let height = Int(parts[1].prefix { $0.isNumber }), width > 0, height > 0,
            parts[0].allSatisfy({ $0.isNumber || $0 == " " })
        else { return nil }
        return (width, height)
    }

    /// `16:9`, or `landscape_16_9`'s trailing `16_9`.
    private static func ratio(_ value: String) -> (Int, Int)? {
        let numbers = value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 2, value.contains(":") || value.contains("_") else { return nil }
        let (first, second) = (numbers[numbers.count - 2], numbers[numbers.count - 1])
        return first > 0 && second > 0 ? (first, second) : nil
    }

    /// `2K` → 2048.
    private static func resolution(_ value: SpecValue) -> Int? {
        guard case .string(let text) = value, text.count == 2, text.hasSuffix("K"), let factor = Int(text.prefix(1))
        else { return nil }
        return factor * 1024
    }
}
