import LiangXin
import Testing

/// The spec language's pattern matcher: ECMA-262 semantics over Unicode scalars, whole-string
/// matching, refusal of what cannot run in linear time, and agreement with Swift `Regex`
/// where both are defined.
@Suite struct PatternTests {
    /// Whether `pattern` matches the whole of `text`; fails the test when it does not compile.
    private func matches(_ pattern: String, _ text: String) -> Bool {
        let compiled = Pattern(pattern)
        #expect(compiled.syntaxError == nil, "\(pattern): \(compiled.syntaxError.map(String.init(describing:)) ?? "")")
        return compiled.matches(text)
    }

    @Test func literalsClassesAndQuantifiersMatchWholeStrings() {
        #expect(matches("a+", "aaa"))
        #expect(!matches("a+", "aab"))
        #expect(!matches("a", "ba"))
        #expect(matches("^[a-z]+\\d*$", "abc123"))
        #expect(!matches("^[a-z]+\\d*$", "abc12x"))
        #expect(matches("(?:ab|cd){2,3}", "abcdab"))
        #expect(!matches("(?:ab|cd){2,3}", "ab"))
        #expect(!matches("(?:ab|cd){2,3}", "abcdabcd"))
        #expect(matches("x{3}", "xxx"))
        #expect(matches("x{2,}", "xxxxx"))
        #expect(!matches("x{2,}", "x"))
        #expect(matches("colou?r", "color"))
        #expect(matches("[^0-9]*", "abc"))
        #expect(!matches("[^0-9]*", "ab1"))
        #expect(matches("(?<year>\\d{4})-\\d{2}", "2026-12"))
        #expect(matches("a*?b+?", "aab"))
        #expect(matches("", ""))
        #expect(!matches("", "a"))
        #expect(matches("a|", ""))
    }

    @Test func escapesFollowECMAScript() {
        #expect(matches("\\x41\\u0042\\u{43}", "ABC"))
        #expect(matches("\\uD83D\\uDE00", "😀"))
        #expect(matches("\\cC", "\u{03}"))
        #expect(matches("\\t\\n\\v\\f\\r\\0", "\t\n\u{0B}\u{0C}\r\u{00}"))
        #expect(matches("\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/\\^\\$\\\\", ".*+?()[]{}|/^$\\"))
        #expect(matches("[\\-\\]a]+", "-]a"))
        #expect(matches("[\\b]", "\u{08}"))
    }

    @Test func classEscapesAreASCIIAndDotIsOneScalar() {
        // \d and \w are ASCII in ECMA-262, unlike Swift Regex's Unicode classes.
        #expect(!Pattern("\\d").matches("٣"))  // ARABIC-INDIC DIGIT THREE
        #expect(!Pattern("\\w").matches("é"))
        #expect(Pattern("\\W").matches("é"))
        // \s includes U+FEFF and the Zs category.
        #expect(matches("\\s", "\u{FEFF}"))
        #expect(matches("\\s", "\u{3000}"))
        #expect(!matches("\\s", "\u{200B}"))
        // `.` is one scalar and no line terminator: a decomposed é is two scalars.
        #expect(!matches(".", "e\u{301}"))
        #expect(matches("..", "e\u{301}"))
        #expect(!matches(".", "\n"))
        #expect(!matches(".", "\u{2028}"))
        // No canonical equivalence: ^café$ does not accept a decomposed é.
        #expect(!matches("^café$", "cafe\u{301}"))
        #expect(matches("^café$", "caf\u{E9}"))
        #expect(!matches("1K", "1\u{212A}"))
    }

    @Test func assertions() {
        #expect(matches("^a$", "a"))
        #expect(!matches("a^b", "ab"))
        #expect(matches("\\bfoo\\b", "foo"))
        #expect(matches("a\\Bb", "ab"))
        #expect(!matches("a\\bb", "ab"))
        #expect(matches("a \\bb", "a b"))
    }

    @Test func nestedQuantifiersRunInLinearTime() {
        // `^(a+)+$` against 256 KiB that almost matches: backtracking engines never finish.
        let text = String(repeating: "a", count: 1 << 18) + "!"
        #expect(!Pattern("^(a+)+$").matches(text))
        #expect(!Pattern("(a|aa)*(b|a*)*c").matches(text))
        #expect(Pattern("(a*)*").matches(String(repeating: "a", count: 1 << 18)))
    }

    @Test func unsupportedConstructsAreNamedWithTheirPosition() {
        let cases: [(String, String)] = [
            ("(a)\\1", "backreference '\\1' is not supported: patterns are matched in linear time (at character 4)"),
            (
                "(?<n>a)\\k<n>",
                "backreference '\\k<…>' is not supported: patterns are matched in linear time (at character 8)"
            ),
            ("a(?=b)", "lookahead '(?=' is not supported: patterns are matched in linear time (at character 2)"),
            ("a(?!b)", "lookahead '(?!' is not supported: patterns are matched in linear time (at character 2)"),
            ("(?<=a)b", "lookbehind '(?<=' is not supported: patterns are matched in linear time (at character 1)"),
            ("(?<!a)b", "lookbehind '(?<!' is not supported: patterns are matched in linear time (at character 1)"),
            ("\\p{L}", "Unicode property escapes such as '\\p{…}' are not supported (at character 1)"),
            ("([a-z", "unterminated character class (at character 2)"),
            ("(ab", "unterminated group (at character 1)"),
            ("ab)", "unmatched ')' (at character 3)"),
            ("*a", "nothing to repeat before '*' (at character 1)"),
            ("a**", "nothing to repeat before '*' (at character 3)"),
            ("^*", "the assertion '^' cannot be repeated (at character 2)"),
            ("a{3,2}", "numbers out of order in the quantifier {3,2} (at character 2)"),
            ("a{1001}", "the repetition count 1001 is above the limit of 1000 (at character 2)"),
            ("a{2", "a literal '{' must be escaped as '\\{' (at character 2)"),
            ("a}", "a literal '}' must be escaped as '\\}' (at character 2)"),
            ("[z-a]", "range out of order in character class (at character 2)"),
            ("[\\d-z]", "a class escape cannot bound a range (at character 2)"),
            ("\\a", "unknown escape '\\a' (at character 1)"),
            ("\\c1", "'\\c' must be followed by an ASCII letter (at character 1)"),
            ("\\uD800", "a lone surrogate escape can never match (at character 1)"),
            ("(?i)a", "invalid group '(?' (at character 1)"),
            ("(?:a{1000}){1000}", "the pattern's repetitions expand to more than 20000 steps (at character 1)"),
            (
                String(repeating: "(", count: 101) + String(repeating: ")", count: 101),
                "groups nest deeper than 100 levels (at character 101)"
            ),
        ]
        for (source, message) in cases {
            let pattern = Pattern(source)
            #expect(pattern.syntaxError?.description == message, "\(source)")
            #expect(!pattern.matches(""))
        }
    }
}
