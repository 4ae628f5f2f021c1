/// Removes the API key from any text that leaves the client (errors, log lines).
///
/// It replaces whole occurrences of the key (not a fragment of a longer word: with a key of
/// at least ``minimumKeyLength`` characters, ordinary text never holds it by chance) and the
/// token after every `Bearer ` (any key an answer echoes back).
struct Redactor: Sendable {
    /// The shortest API key the client accepts.
    static let minimumKeyLength = 8

    /// The secret to hide.
    let secret: String

    /// The text with every whole occurrence of the secret, and every bearer token, replaced by
    /// `[redacted]`.
    func clean(_ text: String) -> String {
        guard !secret.isEmpty else { return text }
        let characters = Array(text)
        let key = Array(secret)
        var result = ""
        var index = 0
        while index < characters.count {
            if Self.isBearer(characters, at: index) {
                result += String(characters[index..<index + 7]) + "[redacted]"
                index += 7
                while index < characters.count, !characters[index].isWhitespace, characters[index] != "\"" {
                    index += 1
                }
                continue
            }
            if characters[index] == key[0], index + key.count <= characters.count,
                characters[index..<index + key.count].elementsEqual(key),
                index == 0 || !Self.isTokenCharacter(characters[index - 1]),
                index + key.count == characters.count || !Self.isTokenCharacter(characters[index + key.count])
            {
                result += "[redacted]"
                index += key.count
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// Whether `Bearer ` (any letter case) starts at `index`, as a word of its own.
    private static func isBearer(_ characters: [Character], at index: Int) -> Bool {
        guard index + 7 <= characters.count, index == 0 || !isTokenCharacter(characters[index - 1]) else {
            return false
        }
        return String(characters[index..<index + 7]).lowercased() == "bearer "
    }

    /// Letters, digits, `-` and `_`: what keys and words are made of.
    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }
}
