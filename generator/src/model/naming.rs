//! Rust names for OpenAPI names: types, fields, variants, operations; collisions reported.

use std::collections::HashMap;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

use crate::error::Location;
use crate::error::{Diagnostic, DiagnosticKind};
pub use crate::model::ident::RustIdent;
use crate::model::ident::{is_identifier, is_keyword};

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
    "Call",
    "RawCall",
    "Response",
    "Client",
    "ClientBuilder",
    "Error",
    "Expandable",
    "RequestOptions",
    "Page",
    "Pages",
    "FileUpload",
    "ApiError",
    "ApiErrorBody",
    "DecodeError",
    "Environment",
];

/// The methods of the runtime's `Client` (public and private: an inherent method of the same
/// name in another `impl` block is an error either way); a resource accessor must not take one.
pub const CLIENT_METHOD_NAMES: &[&str] = &[
    "new",
    "builder",
    "base_url",
    "user_agent",
    "raw",
    "url",
    "execute",
    "execute_attempts",
    "http_request",
    "send_streaming",
    "attempt",
];

/// Whether a resource accessor cannot be `name`: a method of the client (see
/// [`CLIENT_METHOD_NAMES`]), or `mod`, whose module file would be the resources' `mod.rs`.
pub fn accessor_is_taken(name: &str) -> bool {
    CLIENT_METHOD_NAMES.contains(&name) || name == "mod"
}

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

/// A name's leading digit spelled out as a word of its own when a letter follows it
/// (`3ds_status` → `three ds_status`, `3d_secure` → `three d_secure`, `9pay` → `nine pay`):
/// an identifier cannot start with a digit, and `three_ds_status` reads better than the
/// `_3ds_status` or `T3dSecure` a prefix gives. Longer numbers (`2022-11-15`, `1099_k`) keep
/// the prefix: spelled out they would read worse.
fn spell_leading_digit(raw: &str) -> std::borrow::Cow<'_, str> {
    const WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let trimmed = raw.trim_start();
    let mut chars = trimmed.chars();
    match (chars.next(), chars.next()) {
        (Some(d), Some(next)) if d.is_ascii_digit() && next.is_ascii_alphabetic() => {
            let word = WORDS[(d as u8 - b'0') as usize];
            std::borrow::Cow::Owned(format!("{word} {}", &trimmed[1..]))
        }
        _ => std::borrow::Cow::Borrowed(raw),
    }
}

/// `UpperCamelCase` type name for an OpenAPI name (`Dispute Evidence` → `DisputeEvidence`);
/// `self` is `SelfType`, as `Self` is no name a type can have.
pub fn type_name(raw: &str) -> String {
    let name = camel_name(raw);
    if name == "Self" {
        "SelfType".into()
    } else {
        name
    }
}

/// [`type_name`] before the `Self` check: for names that get a suffix (`SelfResource`).
fn camel_name(raw: &str) -> String {
    let name = sanitize(&spell_leading_digit(&spell_leading_signs(raw))).to_upper_camel_case();
    if name.is_empty() {
        "Unnamed".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{name}")
    } else {
        name
    }
}

/// The handle type of a resource: its accessor in `UpperCamelCase` and `Resource`
/// (`disputes` → `DisputesResource`, `balance` → `BalanceResource`, `webhook_endpoints` →
/// `WebhookEndpointsResource`). One rule for every resource, so a user can guess the name from
/// the accessor, and handles stay clear of the schema types (nouns: `Balance`, `Dispute`) and
/// of the request types (`ListDisputes`) they are re-exported beside. An accessor renamed
/// because it shadows a client method (`raw_resource`) keeps one `Resource` (`RawResource`).
pub fn handle_name(accessor: &str) -> String {
    let base = accessor.strip_suffix("_resource").unwrap_or(accessor);
    format!("{}Resource", camel_name(base))
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
    let name = sanitize(&spell_leading_digit(&spell_leading_signs(raw))).to_snake_case();
    if name.is_empty() {
        "value".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

/// Whether a label is only a version or a date (`1.7.4`, `v2`, `V2.1`, `2010-04-01`): it names
/// a release, not a thing.
pub fn is_version_label(label: &str) -> bool {
    let t = label.trim();
    let t = t.strip_prefix(['v', 'V']).unwrap_or(t);
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '_' | ' '))
}

/// A label without the version and date words glued into it (`Api20100401Call` → `Call`,
/// `ApiV2010AccountCall` → `AccountCall`, `PaymentsV2` → `Payments`); an `api` word right
/// before such a version goes with it. Short numbers that belong to a word stay (`OAuth2`,
/// `S3Buckets`, `Base64`). `None` when nothing but versions is left.
pub fn without_version_words(label: &str) -> Option<String> {
    if is_version_label(label) {
        return None;
    }
    let words = split_words(&type_name(label));
    let is_api = |w: &str| matches!(w.to_ascii_lowercase().as_str(), "api" | "apis");
    let mut kept: Vec<String> = Vec::with_capacity(words.len());
    let mut dropped = false;
    for word in &words {
        // `V2010`, `V1`: a version word of its own.
        let version_word = word.len() > 1
            && word.starts_with(['v', 'V'])
            && word[1..].chars().all(|c| c.is_ascii_digit());
        // `Api20100401`: a date (six digits or more) glued to the word before it.
        let digits = word.len() - word.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let stem = &word[..word.len() - digits];
        if version_word {
            if kept.last().is_some_and(|w| is_api(w)) {
                kept.pop();
            }
            dropped = true;
        } else if digits >= 6 {
            dropped = true;
            if !stem.is_empty() && !is_api(stem) && stem != "T" {
                kept.push(stem.to_owned());
            }
        } else {
            kept.push(word.clone());
        }
    }
    if !dropped {
        return Some(label.to_owned());
    }
    (!kept.is_empty()).then(|| kept.concat())
}

/// The identifier for a snake name (a field, argument, method, accessor or module): keywords
/// become raw (`r#type`) or get `_` (`self_`); text that is not an identifier yet goes through
/// [`snake_name`] first (`1st-name` → `one_st_name`).
pub fn escape_ident(name: &str) -> RustIdent {
    if is_identifier(name) {
        RustIdent::escaped(name)
    } else {
        RustIdent::escaped(&snake_name(name))
    }
}

/// [`snake_name`] as an identifier ([`escape_ident`]): `Content-Type` → `content_type`,
/// `type` → `r#type`, `self` → `self_`.
pub fn snake_ident(raw: &str) -> RustIdent {
    RustIdent::escaped(&snake_name(raw))
}

/// `SCREAMING_SNAKE_CASE` constant name for a label (`Live mode` → `LIVE_MODE`); a leading
/// digit gets a `_` (`2nd` → `_2ND`), and a label with nothing usable is `DEFAULT`.
pub fn const_name(label: &str) -> String {
    let name: String = sanitize(label)
        .to_shouty_snake_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let name = name.trim_matches('_');
    if name.is_empty() {
        "DEFAULT".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) || is_keyword(name) {
        format!("_{name}")
    } else {
        name.to_owned()
    }
}

/// `UpperCamelCase` of a name as heck writes it (`payment_method` → `PaymentMethod`), without
/// transliteration or digit handling: for comparing and combining words of names, not as an
/// identifier on its own (use [`type_name`] for that).
pub fn camel_words(raw: &str) -> String {
    raw.to_upper_camel_case()
}

/// A crate name from an API title: `Stripe API` → `stripe_api`; `1Example` → `api_1example`;
/// `api_client` when nothing is left.
pub fn crate_name_from_title(title: &str) -> String {
    let ascii = deunicode::deunicode(title);
    let name: String = ascii
        .to_snake_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let name = name.trim_matches('_').to_owned();
    if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && !is_keyword(&name) {
        name
    } else if name.is_empty() {
        "api_client".into()
    } else {
        format!("api_{name}")
    }
}

/// The `EventType` variant for a wire type: `charge.dispute.created` → `ChargeDisputeCreated`.
pub fn event_variant(wire: &str) -> String {
    let ascii = deunicode::deunicode(wire);
    let name: String = ascii
        .replace(['.', '-', '/', ':'], "_")
        .to_upper_camel_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    match name.chars().next() {
        None => String::new(),
        Some(c) if c.is_ascii_digit() => format!("E{name}"),
        Some(_) if name == "Unknown" => "UnknownEvent".into(),
        Some(_) if name == "Self" => "SelfEvent".into(),
        Some(_) => name,
    }
}

/// `UpperCamelCase` enum variant for a string value (`warning_needs_response` → `WarningNeedsResponse`).
pub fn variant_name(value: &str) -> String {
    if value.is_empty() {
        return "Empty".into();
    }
    let name = sanitize(&spell_leading_digit(&spell_signs(value))).to_upper_camel_case();
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
    spell_signs_after(value, |prev| !prev.is_ascii_digit()).into_owned()
}

/// [`spell_signs`] for signs that start a name or follow a separator (`+1`, `rate (-1)`), not a
/// letter (`utf-8`, `foo-1` keep their plain names): for types, fields and arguments.
fn spell_leading_signs(value: &str) -> std::borrow::Cow<'_, str> {
    spell_signs_after(value, |prev| !prev.is_alphanumeric())
}

/// Spells out each `+`/`-` before a digit whose preceding character (if any) passes `sign`.
fn spell_signs_after(value: &str, sign: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !value.contains(['+', '-']) {
        return std::borrow::Cow::Borrowed(value);
    }
    let chars: Vec<char> = value.chars().collect();
    let mut out = String::with_capacity(value.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next_is_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        let is_sign = i == 0 || sign(chars[i - 1]);
        match c {
            '+' if next_is_digit && is_sign => out.push_str(" plus "),
            '-' if next_is_digit && is_sign => out.push_str(" minus "),
            other => out.push(other),
        }
    }
    std::borrow::Cow::Owned(out)
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

    /// Takes `name` for `owner` as it is (a name given before, kept).
    pub fn reserve(&mut self, name: &str, owner: &str) {
        self.taken.insert(name.to_owned(), owner.to_owned());
    }

    /// Frees `name` (its owner is named again).
    pub fn release(&mut self, name: &str) {
        self.taken.remove(name);
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
            diagnostics.push(
                Diagnostic::warning(
                    location.clone(),
                    format!(
                        "name `{desired}` for {owner} is already used by {other}; using `{name}`"
                    ),
                )
                .with_kind(DiagnosticKind::NameCollision),
            );
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
    fn versions_and_dates_are_not_words_of_names() {
        for version in ["1.7.4", "v2", "V2.1", "2010-04-01", " 3 "] {
            assert!(is_version_label(version), "{version}");
            assert_eq!(without_version_words(version), None, "{version}");
        }
        for word in ["v2beta", "Payments", "3d_secure", "OAuth2"] {
            assert!(!is_version_label(word), "{word}");
        }
        assert_eq!(
            without_version_words("Api20100401Call").as_deref(),
            Some("Call")
        );
        assert_eq!(
            without_version_words("ApiV2010AccountCall").as_deref(),
            Some("AccountCall")
        );
        assert_eq!(
            without_version_words("PaymentsV2").as_deref(),
            Some("Payments")
        );
        assert_eq!(
            without_version_words("Release20231016Notes").as_deref(),
            Some("ReleaseNotes")
        );
        // Numbers that are part of a word stay, and so does a label without versions, as
        // written.
        for kept in [
            "OAuth2",
            "S3Buckets",
            "Base64",
            "API Keys",
            "payment-intents",
        ] {
            assert_eq!(without_version_words(kept).as_deref(), Some(kept));
        }
    }

    #[test]
    fn names() {
        assert_eq!(type_name("Dispute Evidence"), "DisputeEvidence");
        assert_eq!(type_name("issuing.authorization"), "IssuingAuthorization");
        assert_eq!(type_name("3d_secure"), "ThreeDSecure");
        assert_eq!(type_name("1099_k"), "T1099K");
        assert_eq!(snake_name("Content-Type"), "content_type");
        assert_eq!(escape_ident("type").to_string(), "r#type");
        assert_eq!(escape_ident("self").to_string(), "self_");
        assert_eq!(escape_ident("1st-name").to_string(), "one_st_name");
        assert_eq!(const_name("Live mode"), "LIVE_MODE");
        assert_eq!(const_name("2nd"), "_2ND");
        assert_eq!(const_name("+"), "DEFAULT");
        assert_eq!(crate_name_from_title("1Example"), "api_1example");
        assert_eq!(crate_name_from_title("Type"), "api_type");
        assert_eq!(snake_name("3d_secure"), "three_d_secure");
        assert_eq!(snake_name("3ds_status"), "three_ds_status");
        assert_eq!(snake_name("1099_k"), "_1099_k");
        assert_eq!(snake_name("+1"), "plus_1");
        assert_eq!(snake_name("-1"), "minus_1");
        assert_eq!(type_name("-1"), "Minus1");
        assert_eq!(type_name("2022-11-15"), "T20221115");
        assert_eq!(snake_name("utf-8"), "utf_8");
        assert_eq!(snake_name("rate (-1)"), "rate_minus_1");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(variant_name("9pay"), "NinePay");
        assert_eq!(variant_name("3"), "V3");
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
