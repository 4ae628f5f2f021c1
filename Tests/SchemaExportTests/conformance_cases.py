"""The spec language's keywords, case by case, translated from the JSON-Schema-Test-Suite
(json-schema-org/JSON-Schema-Test-Suite, tests/draft2020-12 and its optional/bignum,
optional/ecmascript-regex and optional/format/uri files).

Each group is one model: `fields` is its `input:` mapping (YAML); a test's `data` is the
value of the field `value` (or, with `whole: True`, the whole input object). `suite` is the
verdict JSON Schema gives. Where LiangXinKit decides otherwise on purpose, `differs` names the
section of specs/README.md that says why, and `ours` is LiangXinKit's verdict, which its
exported schema must give too.
"""

BIGNUM = "64-bit integers"
WHOLE_MATCH = "Patterns match the whole value"

GROUPS = [
    # type.json
    {"keyword": "type: string", "fields": "value: {type: string, required: true}", "tests": [
        (1, False), ("foo", True), (1.1, False), ("", True), ("1", True), ({}, False), ([], False),
        (True, False), (None, False)]},
    {"keyword": "type: integer", "fields": "value: {type: integer, required: true}", "tests": [
        (1, True), (1.0, True), (1.1, False), (-7, True), ("foo", False), ("1", False), ({}, False),
        ([], False), (True, False), (None, False), (9223372036854775807, True), (-9223372036854775808, True),
        (1e2, True)]},
    {"keyword": "type: number", "fields": "value: {type: number, required: true}", "tests": [
        (1, True), (1.0, True), (1.1, True), (-0.5, True), ("foo", False), ("1", False), ({}, False),
        ([], False), (True, False), (None, False)]},
    {"keyword": "type: boolean", "fields": "value: {type: boolean, required: true}", "tests": [
        (True, True), (False, True), (1, False), (0, False), ("", False), ("false", False), ({}, False),
        ([], False), (None, False)]},
    {"keyword": "nullable (type: [string, null])", "fields": "value: {type: string, nullable: true, required: true}",
     "tests": [("foo", True), (None, True), (1, False)]},
    # enum.json
    {"keyword": "enum", "fields": "value: {type: string, required: true, enum: [foo, bar]}", "tests": [
        ("foo", True), ("bar", True), ("baz", False), ("", False), (1, False), (None, False), (["foo"], False)]},
    {"keyword": "enum: code points, not canonical equivalence",
     "fields": "value: {type: string, required: true, enum: ['1K', 'caf\u00e9', '\u00c5']}", "tests": [
         ("1K", True), ("1\u212a", False), ("caf\u00e9", True), ("cafe\u0301", False), ("\u00c5", True),
         ("\u212b", False)]},
    # minLength.json, maxLength.json
    {"keyword": "minLength", "fields": "value: {type: string, required: true, minLength: 2}", "tests": [
        ("foo", True), ("fo", True), ("f", False), ("", False), ("\U0001f4a9", False),
        ("\U0001f4a9\U0001f4a9", True), ("e\u0301", True)]},
    {"keyword": "maxLength", "fields": "value: {type: string, required: true, maxLength: 2}", "tests": [
        ("f", True), ("fo", True), ("foo", False), ("\U0001f4a9\U0001f4a9", True),
        ("\U0001f4a9\U0001f4a9\U0001f4a9", False), ("e\u0301e", False)]},
    # minimum.json, maximum.json
    {"keyword": "minimum (number)", "fields": "value: {type: number, required: true, minimum: 1.1}", "tests": [
        (2.6, True), (1.1, True), (0.6, False), (1, False)]},
    {"keyword": "minimum (integer, negative)", "fields": "value: {type: integer, required: true, minimum: -2}",
     "tests": [(-1, True), (-2, True), (-3, False), (-2.0, True), (0, True)]},
    {"keyword": "maximum (number)", "fields": "value: {type: number, required: true, maximum: 3.0}", "tests": [
        (2.6, True), (3.0, True), (3.5, False), (3, True)]},
    {"keyword": "maximum (integer)", "fields": "value: {type: integer, required: true, maximum: 300}", "tests": [
        (299, True), (300, True), (300.0, True), (301, False)]},
    # pattern.json
    {"keyword": "pattern", "fields": "value: {type: string, required: true, pattern: '^a*$'}", "tests": [
        ("aaa", True), ("abc", False), ("", True)]},
    {"keyword": "pattern is not implicitly anchored (JSON Schema)",
     "fields": "value: {type: string, required: true, pattern: 'a+'}", "tests": [
         ("aaa", True), ("xxaayy", True, WHOLE_MATCH, False), ("", False)]},
    # optional/ecmascript-regex.json
    {"keyword": "ECMA-262 regex: $ does not match a trailing newline",
     "fields": "value: {type: string, required: true, pattern: '^abc$'}", "tests": [
         ("abc", True), ("abc\n", False)]},
    {"keyword": "ECMA-262 regex: \\cC is a control character",
     "fields": "value: {type: string, required: true, pattern: '^\\cC$'}", "tests": [
         ("\u0003", True), ("\\cC", False), ("C", False)]},
    {"keyword": "ECMA-262 regex: \\d is ASCII", "fields": "value: {type: string, required: true, pattern: '^\\d$'}",
     "tests": [("0", True), ("\u0660", False), ("\u07c0", False), ("a", False)]},
    {"keyword": "ECMA-262 regex: \\D is not an ASCII digit",
     "fields": "value: {type: string, required: true, pattern: '^\\D$'}", "tests": [
         ("0", False), ("\u0660", True), ("\u07c0", True)]},
    {"keyword": "ECMA-262 regex: \\w is ASCII", "fields": "value: {type: string, required: true, pattern: '^\\w$'}",
     "tests": [("a", True), ("_", True), ("\u00e9", False), ("\u0660", False)]},
    {"keyword": "ECMA-262 regex: \\W", "fields": "value: {type: string, required: true, pattern: '^\\W$'}",
     "tests": [("a", False), ("\u00e9", True)]},
    {"keyword": "ECMA-262 regex: \\s is ECMA white space",
     "fields": "value: {type: string, required: true, pattern: '^\\s$'}", "tests": [
         (" ", True), ("\t", True), ("\u000b", True), ("\u000c", True), ("\u00a0", True), ("\ufeff", True),
         ("\u2029", True), ("\u1680", True), ("\u2000", True), ("\u3000", True), ("\u180e", False),
         ("\u200b", False), ("a", False)]},
    {"keyword": "ECMA-262 regex: \\S", "fields": "value: {type: string, required: true, pattern: '^\\S$'}",
     "tests": [(" ", False), ("\ufeff", False), ("\u180e", True), ("a", True)]},
    {"keyword": "ECMA-262 regex: . is one code point and no line terminator",
     "fields": "value: {type: string, required: true, pattern: '^.$'}", "tests": [
         ("a", True), ("\U0001f432", True), ("\n", False), ("\r", False), ("\u2028", False), ("e\u0301", False)]},
    {"keyword": "ECMA-262 regex: no canonical equivalence",
     "fields": "value: {type: string, required: true, pattern: '^caf\u00e9$'}", "tests": [
         ("caf\u00e9", True), ("cafe\u0301", False)]},
    {"keyword": "ECMA-262 regex: astral code points",
     "fields": "value: {type: string, required: true, pattern: '^\U0001f432*$'}", "tests": [
         ("", True), ("\U0001f432", True), ("\U0001f432\U0001f432", True), ("\U0001f409", False)]},
    {"keyword": "ECMA-262 regex: classes, ranges and quantifiers",
     "fields": "value: {type: string, required: true, pattern: '^[a-c]{2,3}(?:-[0-9]+)?$'}", "tests": [
         ("ab", True), ("abc-12", True), ("a", False), ("abcd", False), ("ab-", False)]},
    # items.json, minItems.json, maxItems.json
    {"keyword": "items", "fields": "value: {type: array, required: true, items: {type: integer}}", "tests": [
        ([1, 2, 3], True), ([1, "foo"], False), ([], True), ("foo", False), ({}, False)]},
    {"keyword": "minItems", "fields": "value: {type: array, required: true, minItems: 1, items: {type: integer}}",
     "tests": [([1, 2], True), ([1], True), ([], False)]},
    {"keyword": "maxItems", "fields": "value: {type: array, required: true, maxItems: 2, items: {type: integer}}",
     "tests": [([1], True), ([1, 2], True), ([1, 2, 3], False)]},
    # required.json, properties.json, additionalProperties.json
    {"keyword": "required, properties and additionalProperties: false", "whole": True,
     "fields": "foo: {type: integer, required: true}\n  bar: {type: string}", "tests": [
         ({"foo": 1}, True), ({"foo": 1, "bar": "x"}, True), ({"bar": "x"}, False), ({}, False),
         ({"foo": 1, "quux": True}, False), ({"foo": "1"}, False), ({"foo": 1, "bar": 2}, False)]},
    {"keyword": "properties: keys are code points", "whole": True,
     "fields": "caf\u00e9: {type: integer}", "tests": [
         ({"caf\u00e9": 1}, True), ({"cafe\u0301": 1}, False)]},
    # optional/bignum.json
    {"keyword": "bignum integers", "fields": "value: {type: integer, required: true}", "tests": [
        (12345678910111213141516171819202122232425262728293031, True, BIGNUM, False),
        (-12345678910111213141516171819202122232425262728293031, True, BIGNUM, False),
        (9223372036854775808, True, BIGNUM, False)]},
    {"keyword": "bignum numbers", "fields": "value: {type: number, required: true}", "tests": [
        (98249283749234923498293171823948729348710298301928331, True),
        (-98249283749234923498293171823948729348710298301928331, True)]},
    # optional/format/uri.json
    {"keyword": "format: uri", "fields": "value: {type: string, required: true, format: uri}", "tests": [
        ("http://foo.bar/?baz=qux#quux", True), ("http://foo.com/blah_(wikipedia)_blah#cite-1", True),
        ("http://foo.bar/?q=Test%20URL-encoded%20stuff", True), ("http://xn--nw2a.xn--j6w193g/", True),
        ("http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", True), ("http://223.255.255.254", True),
        ("ftp://ftp.is.co.za/rfc/rfc1808.txt", True), ("http://www.ietf.org/rfc/rfc2396.txt", True),
        ("ldap://[2001:db8::7]/c=GB?objectClass?one", True), ("mailto:John.Doe@example.com", True),
        ("news:comp.infosystems.www.servers.unix", True), ("tel:+1-816-555-1212", True),
        ("urn:oasis:names:specification:docbook:dtd:xml:4.1.2", True), ("data:image/png;base64,iVBORw0KGgo=", True),
        ("http://[::1]:8080/", True), ("http://[v7.fe80::a+en1]/", True),
        ("//foo.bar/?baz=qux#quux", False), ("/abc", False), ("\\\\WINDOWS\\fileshare", False), ("abc", False),
        ("http:// shouldfail.com", False), (":// should fail", False), ("bar,baz:foo", False),
        ("http://example.com/foobar<>.txt", False), ("http://example.com/%6G", False),
        ("http://example.com/%", False), ("http://example.com:abc/", False), ("https://[@example.com", False),
        ("http:/[::1]", False), ("http://\u0192\u00f8\u00f8.\u00df\u00e5r/?\u2202\u00e9\u0153=\u03c0\u00eex", False),
        ("http://[1:2:3:4:5:6:7:8:9]/", False), ("http://[::1::2]/", False)]},
]
