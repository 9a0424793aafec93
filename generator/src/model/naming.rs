//! Rust names for OpenAPI names: types, fields, variants, operations; collisions reported.

use std::collections::HashMap;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::error::Location;
use crate::report::Diagnostic;

/// Rust keywords (2021 edition, strict and reserved).
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Names a generated type must not take: they would shadow the prelude or the runtime.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Iterator",
    "IntoIterator",
    "From",
    "Into",
    "ToString",
    "ToOwned",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "AsRef",
    "AsMut",
    "Extend",
    "TryFrom",
    "TryInto",
    "Self",
    "Client",
    "ClientBuilder",
    "Error",
    "Expandable",
    "RequestOptions",
    "Page",
    "FileUpload",
    "ApiError",
    "ApiErrorBody",
    "DecodeError",
    "Environment",
];

/// Replaces characters that cannot appear in an identifier. Non-ASCII letters are transliterated
/// (`金额` → `Jin E`, `Ünïcödé` → `Unicode`), each becoming a word of its own, so Chinese names
/// read as pinyin rather than code points; non-ASCII punctuation (`«»`, `（）`, `【】`, `，`)
/// separates words like ASCII punctuation does. What has no ASCII form becomes `uXXXX`.
fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if c.is_ascii() || c.is_whitespace() || is_punctuation(c) {
            out.push(' ');
        } else if !c.is_alphanumeric() {
            out.push_str(&format!(" u{:x} ", c as u32));
        } else {
            let ascii: String = deunicode::deunicode_char(c)
                .unwrap_or("")
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
                .collect();
            if ascii.trim().is_empty() {
                out.push_str(&format!(" u{:x} ", c as u32));
            } else if is_cjk(c) {
                // One syllable a word: `Jin E`, not `JinE` glued to its neighbours.
                out.push(' ');
                out.push_str(ascii.trim());
                out.push(' ');
            } else {
                // Accented Latin and the like stay inside their word (`cödé` → `code`).
                out.push_str(ascii.trim());
            }
        }
    }
    out
}

/// Whether `c` is non-ASCII punctuation: Latin-1 (`«»`), general, CJK and full-width punctuation.
fn is_punctuation(c: char) -> bool {
    matches!(c as u32,
        0x00a0..=0x00bf | 0x00d7 | 0x00f7 | 0x2000..=0x206f | 0x3000..=0x303f | 0xfe30..=0xfe4f
        | 0xff00..=0xff0f | 0xff1a..=0xff20 | 0xff3b..=0xff40 | 0xff5b..=0xff65)
}

/// Whether `c` is a CJK ideograph, kana or hangul syllable (transliterated one word each).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff
        | 0x20000..=0x2fa1f)
}

/// `UpperCamelCase` type name for an OpenAPI name (`Dispute Evidence` → `DisputeEvidence`).
pub fn type_name(raw: &str) -> String {
    let name = sanitize(raw).to_upper_camel_case();
    if name.is_empty() {
        "Unnamed".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{name}")
    } else {
        name
    }
}

/// The words of an `UpperCamelCase` name (`PaymentMethodOptions` → `Payment`, `Method`,
/// `Options`; `HTTPStatus` → `HTTP`, `Status`); digits stay with the word before them.
pub fn split_words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let boundary = i > 0
            && c.is_uppercase()
            && (!chars[i - 1].is_uppercase() || chars.get(i + 1).is_some_and(|n| n.is_lowercase()));
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `snake_case` identifier (without raw prefix) for a field, parameter or function.
pub fn snake_name(raw: &str) -> String {
    let name = sanitize(raw).to_snake_case();
    if name.is_empty() {
        "value".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

/// Makes a snake name usable as an identifier: keywords become raw (`r#type`) or get `_`.
pub fn escape_ident(name: &str) -> String {
    if NOT_RAW.contains(&name) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// `UpperCamelCase` enum variant for a string value (`warning_needs_response` → `WarningNeedsResponse`).
pub fn variant_name(value: &str) -> String {
    if value.is_empty() {
        return "Empty".into();
    }
    let name = sanitize(&spell_signs(value)).to_upper_camel_case();
    if name.is_empty() {
        "Symbol".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else if name == "Self" {
        "SelfValue".into()
    } else {
        name
    }
}

/// Spells out a `+`/`-` that is the sign of a number (`GMT-3`, `-1`, `UTC+05:30`), not a
/// separator between digits (`2022-11-15`): signs would otherwise vanish from the name.
fn spell_signs(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let mut out = String::with_capacity(value.len());
    for (i, &c) in chars.iter().enumerate() {
        let next_is_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        let prev_is_digit = i > 0 && chars[i - 1].is_ascii_digit();
        match c {
            '+' if next_is_digit && !prev_is_digit => out.push_str(" plus "),
            '-' if next_is_digit && !prev_is_digit => out.push_str(" minus "),
            other => out.push(other),
        }
    }
    out
}

/// [`variant_name`] with signs spelled out (`Etc/GMT-1` → `EtcGmtMinus1`, `+1` → `Plus1`), for
/// values whose plain names collide.
pub fn spelled_variant_name(value: &str) -> String {
    let spelled = value.replace('+', " plus ").replace('-', " minus ");
    variant_name(spelled.trim())
}

/// Hands out unique names within one scope, reporting every rename.
#[derive(Debug, Default)]
pub struct NameScope {
    taken: HashMap<String, String>,
}

impl NameScope {
    /// A scope where `reserved` names are taken by `reason`.
    pub fn with_reserved(reserved: &[&str], reason: &str) -> Self {
        NameScope {
            taken: reserved
                .iter()
                .map(|r| (r.to_string(), reason.to_owned()))
                .collect(),
        }
    }

    /// Whether `name` is free.
    pub fn is_free(&self, name: &str) -> bool {
        !self.taken.contains_key(name)
    }

    /// Claims `desired` for `owner`; if taken, claims `desired` + a number and records a warning.
    pub fn claim(
        &mut self,
        desired: &str,
        owner: &str,
        location: &Location,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> String {
        if let Some(other) = self.taken.get(desired).cloned() {
            let mut n = 2;
            let name = loop {
                let candidate = format!("{desired}{n}");
                if !self.taken.contains_key(&candidate) {
                    break candidate;
                }
                n += 1;
            };
            diagnostics.push(Diagnostic::warning(
                location.clone(),
                format!("name `{desired}` for {owner} is already used by {other}; using `{name}`"),
            ));
            self.taken.insert(name.clone(), owner.to_owned());
            name
        } else {
            self.taken.insert(desired.to_owned(), owner.to_owned());
            desired.to_owned()
        }
    }
}

/// Naive English singular, enough to recognise a resource's noun in a summary.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("sses")
        || word.ends_with("xes")
        || word.ends_with("ches")
        || word.ends_with("shes")
    {
        word[..word.len() - 2].to_owned()
    } else if let Some(stem) = word.strip_suffix('s') {
        if stem.ends_with('s') {
            word.to_owned()
        } else {
            stem.to_owned()
        }
    } else {
        word.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name("Dispute Evidence"), "DisputeEvidence");
        assert_eq!(type_name("issuing.authorization"), "IssuingAuthorization");
        assert_eq!(type_name("3d_secure"), "T3dSecure");
        assert_eq!(snake_name("Content-Type"), "content_type");
        assert_eq!(escape_ident("type"), "r#type");
        assert_eq!(escape_ident("self"), "self_");
        assert_eq!(snake_name("3d_secure"), "_3d_secure");
        assert_eq!(
            variant_name("warning_needs_response"),
            "WarningNeedsResponse"
        );
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("2022-11-15"), "V20221115");
        assert_eq!(variant_name("Etc/GMT-13"), "EtcGmtMinus13");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name("UTC+05:30"), "UtcPlus0530");
        assert_eq!(spelled_variant_name("a+b"), "APlusB");
        assert_eq!(type_name("金额"), "JinE");
        assert_eq!(snake_name("订单金额"), "ding_dan_jin_e");
        assert_eq!(variant_name("待支付"), "DaiZhiFu");
        assert_eq!(type_name("OpenResult«OrderVO»"), "OpenResultOrderVo");
        assert_eq!(type_name("查询结果（分页）"), "ChaXunJieGuoFenYe");
        assert_eq!(snake_name("Ünïcödé name"), "unicode_name");
        assert_eq!(variant_name("🙂"), "U1f642");
        assert_eq!(singular("disputes"), "dispute");
        assert_eq!(singular("payment_intents"), "payment_intent");
        assert_eq!(singular("entries"), "entry");
        assert_eq!(
            split_words("HTTPStatusV2Code"),
            ["HTTP", "Status", "V2", "Code"]
        );
    }

    #[test]
    fn collisions_are_numbered_and_reported() {
        let mut scope = NameScope::default();
        let mut d = Vec::new();
        assert_eq!(scope.claim("A", "x", &Location::default(), &mut d), "A");
        assert_eq!(scope.claim("A", "y", &Location::default(), &mut d), "A2");
        assert_eq!(d.len(), 1);
    }
}
