// TBX requires `conceptEntry/@id` to be an XML ID, that is an NCName: no
// leading digit, no space, no colon. Glossary ids need not be (`2024-tariffs`,
// IATE's numeric ids), so ids are written with the XML name encoding of
// .NET's XmlConvert and SQL Server: a character not allowed where it stands
// becomes `_xHHHH_` (`_xHHHHHHHH_` beyond the BMP), and an underscore that
// would read as such an escape is itself escaped as `_x005F_`. Decoding is
// exact, so ids survive the round trip; ids that are already NCNames (all
// the curated ones) are written unchanged.

const startCharacter = /[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u
const nameCharacter = /[-.0-9\u00B7\u0300-\u036F\u203F\u2040A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u
const escape = /_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_/y

/** `id` as an NCName, reversibly (see the module comment). */
export function encodeXmlName(id: string): string {
  let out = ''
  let position = 0
  for (const character of id) {
    const allowed = position === 0 ? startCharacter.test(character) : nameCharacter.test(character)
    escape.lastIndex = position
    if (!allowed || (character === '_' && escape.test(id))) {
      const code = character.codePointAt(0)!
      out += `_x${code.toString(16).toUpperCase().padStart(code > 0xffff ? 8 : 4, '0')}_`
    } else {
      out += character
    }
    position += character.length
  }
  return out
}

/** The id an {@link encodeXmlName} name stands for. */
export function decodeXmlName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (whole, hex: string) => {
    const code = Number.parseInt(hex, 16)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
