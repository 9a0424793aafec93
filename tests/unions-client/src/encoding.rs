// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Encoding values into paths, query strings, headers and form bodies.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

use crate::Error;

/// Everything but RFC 3986 unreserved characters is encoded in a path segment.
#[allow(dead_code)] // Unused in crates whose API has no path parameters.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'~')
    .remove(b'.');

/// Everything but `*-._` and alphanumerics is encoded in a form body (space becomes `+`).
const FORM: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'*')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b' ');

/// Percent-encodes one path segment, so an ID can never change the path (`a/../b` stays one
/// segment). `.` and `..` (and the empty segment) are refused with [`Error::InvalidRequest`]:
/// URLs treat them as directory moves even when encoded.
///
/// The generated operations encode their path parameters with it; use it for the IDs in a
/// path given to [`Client::raw`](crate::Client::raw), which sends its path as given
/// (`cus 1/2` becomes `cus%201%2F2`).
pub fn encode_path_segment(segment: &str) -> Result<std::borrow::Cow<'_, str>, Error> {
    if segment.is_empty() || segment == "." || segment == ".." {
        return Err(Error::InvalidRequest(format!(
            "`{segment}` cannot be used as a path parameter"
        )));
    }
    // Borrowed when nothing needs encoding (most IDs).
    Ok(utf8_percent_encode(segment, SEGMENT).into())
}

/// How a query parameter is serialized (OpenAPI `style` + `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)]
pub(crate) enum QueryStyle {
    /// `a=1&a=2`; objects as `key=value` pairs.
    FormExplode,
    /// `a=1,2`.
    Form,
    /// `a[key]=value`, arrays as `a[]=1&a[]=2`.
    DeepObject,
    /// `a=1%202`.
    SpaceDelimited,
    /// `a=1|2`.
    PipeDelimited,
}

fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, Error> {
    serde_json::to_value(value)
        .map_err(|e| Error::InvalidRequest(format!("cannot encode a parameter: {e}")))
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Bracket-nests a value: `prefix[key][0]=v`. Arrays of scalars use `prefix[]` when
/// `empty_brackets`, else indexes.
fn nest(prefix: &str, value: &Value, empty_brackets: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                nest(&format!("{prefix}[{k}]"), v, empty_brackets, out);
            }
        }
        Value::Array(items) => {
            let scalars = items.iter().all(|i| !i.is_object() && !i.is_array());
            for (i, item) in items.iter().enumerate() {
                let key = if scalars && empty_brackets {
                    format!("{prefix}[]")
                } else {
                    format!("{prefix}[{i}]")
                };
                nest(&key, item, empty_brackets, out);
            }
        }
        other => {
            if let Some(s) = scalar(other) {
                out.push((prefix.to_owned(), s));
            }
        }
    }
}

/// Query pairs for one parameter.
pub(crate) fn query_pairs<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: QueryStyle,
) -> Result<Vec<(String, String)>, Error> {
    let value = to_value(value)?;
    let mut out = Vec::new();
    match (&value, style) {
        (Value::Null, _) => {}
        (Value::Array(items), QueryStyle::FormExplode) => {
            out.extend(
                items
                    .iter()
                    .filter_map(scalar)
                    .map(|s| (name.to_owned(), s)),
            );
        }
        (
            Value::Array(items),
            QueryStyle::Form | QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited,
        ) => {
            let sep = match style {
                QueryStyle::SpaceDelimited => " ",
                QueryStyle::PipeDelimited => "|",
                _ => ",",
            };
            let joined: Vec<String> = items.iter().filter_map(scalar).collect();
            out.push((name.to_owned(), joined.join(sep)));
        }
        (Value::Object(map), QueryStyle::FormExplode) => {
            for (k, v) in map {
                if let Some(s) = scalar(v) {
                    out.push((k.clone(), s));
                }
            }
        }
        (Value::Object(map), QueryStyle::Form) => {
            let joined: Vec<String> = map
                .iter()
                .filter_map(|(k, v)| scalar(v).map(|s| format!("{k},{s}")))
                .collect();
            out.push((name.to_owned(), joined.join(",")));
        }
        (Value::Object(_) | Value::Array(_), _) => nest(name, &value, true, &mut out),
        (other, _) => {
            if let Some(s) = scalar(other) {
                out.push((name.to_owned(), s));
            }
        }
    }
    Ok(out)
}

/// A header value for one parameter (`simple` style: arrays joined with `,`).
pub(crate) fn header_value<T: Serialize + ?Sized>(value: &T) -> Result<Option<String>, Error> {
    Ok(match to_value(value)? {
        Value::Null => None,
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(scalar)
                .collect::<Vec<_>>()
                .join(","),
        ),
        other => scalar(&other),
    })
}

fn form_escape(s: &str) -> String {
    utf8_percent_encode(s, FORM).to_string().replace(' ', "+")
}

/// An `application/x-www-form-urlencoded` body; nested objects as `a[b]=c`, arrays indexed.
pub(crate) fn form_body<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let value = to_value(value)?;
    let Value::Object(map) = value else {
        return Err(Error::InvalidRequest(
            "a form body must be an object".into(),
        ));
    };
    let mut pairs = Vec::new();
    for (k, v) in &map {
        nest(k, v, false, &mut pairs);
    }
    Ok(pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_escape(k), form_escape(v)))
        .collect::<Vec<_>>()
        .join("&"))
}

/// Query pairs from any value, for [`Client::raw`](crate::Client::raw): a list of pairs
/// (`&[("limit", "3")]`, in order), a map or a struct (members in the order `serde_json` keeps
/// them). Nested values are bracketed as deep objects are (`created[gte]=1`, `expand[]=a`);
/// `null` members are left out.
#[allow(dead_code)]
pub(crate) fn free_query_pairs<T: Serialize + ?Sized>(
    query: &T,
) -> Result<Vec<(String, String)>, Error> {
    let not_pairs = || {
        Error::InvalidRequest(
            "a query must be a list of (name, value) pairs, a map or a struct".into(),
        )
    };
    let mut out = Vec::new();
    match to_value(query)? {
        Value::Null => {}
        Value::Object(map) => {
            for (name, value) in &map {
                nest(name, value, true, &mut out);
            }
        }
        Value::Array(items) => {
            for item in &items {
                match item {
                    Value::Array(pair) if pair.len() == 2 => {
                        let name = scalar(&pair[0]).ok_or_else(not_pairs)?;
                        nest(&name, &pair[1], true, &mut out);
                    }
                    _ => return Err(not_pairs()),
                }
            }
        }
        _ => return Err(not_pairs()),
    }
    Ok(out)
}

/// The member names of a JSON object, in order; `None` when `body` is not one object.
fn json_member_names(body: &[u8]) -> Option<Vec<String>> {
    struct Names;
    impl<'de> serde::de::Visitor<'de> for Names {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Vec<String>, A::Error> {
            let mut names = Vec::new();
            while let Some(name) = map.next_key::<String>()? {
                map.next_value::<serde::de::IgnoredAny>()?;
                names.push(name);
            }
            Ok(names)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let names = serde::Deserializer::deserialize_map(&mut de, Names).ok()?;
    de.end().ok()?;
    Some(names)
}

/// The error for an extra field named like a field already in the body (or another extra).
fn extra_collision(name: &str, operation: &str) -> Error {
    Error::InvalidRequest(format!(
        "the extra field `{name}` is already in the request body of `{operation}` (a typed field that is set, or another extra)"
    ))
}

/// Whether `names` has a duplicate among the extras or one of `taken`; the first such name.
fn first_collision<'n>(taken: &[String], extras: impl Iterator<Item = &'n str>) -> Option<&'n str> {
    let mut seen: Vec<&str> = Vec::new();
    for name in extras {
        if taken.iter().any(|t| t == name) || seen.contains(&name) {
            return Some(name);
        }
        seen.push(name);
    }
    None
}

/// A JSON object body with `extras` (names and JSON-encoded values) appended after its own
/// members, in order; the body's bytes are kept as they are. A name the body already has, or
/// that two extras share, is an [`Error::InvalidRequest`] naming it: never a duplicate member.
#[allow(dead_code)]
pub(crate) fn json_with_extras(
    body: &[u8],
    extras: &[(String, Vec<u8>)],
    operation: &str,
) -> Result<Vec<u8>, Error> {
    let Some(names) = json_member_names(body) else {
        return Err(Error::InvalidRequest(format!(
            "the request body of `{operation}` is not a JSON object: extra fields cannot be added to it"
        )));
    };
    if let Some(name) = first_collision(&names, extras.iter().map(|(n, _)| n.as_str())) {
        return Err(extra_collision(name, operation));
    }
    // The body is one object followed by nothing but whitespace: its last such byte is `}`.
    let end = body
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let mut out = Vec::with_capacity(
        body.len()
            + extras
                .iter()
                .map(|(n, v)| n.len() + v.len() + 4)
                .sum::<usize>(),
    );
    out.extend_from_slice(&body[..end]);
    for (i, (name, value)) in extras.iter().enumerate() {
        if i > 0 || !names.is_empty() {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, name).map_err(|e| {
            Error::InvalidRequest(format!("cannot encode the extra field `{name}`: {e}"))
        })?;
        out.push(b':');
        out.extend_from_slice(value);
    }
    out.push(b'}');
    Ok(out)
}

/// The members of a JSON object body as query pairs, for an operation that sends its body as
/// query parameters too: the members in the body's order, nested values bracketed as deep
/// objects are (`created[gte]=1`, `expand[]=a`), `null`s left out. A body that is not one JSON
/// object, or a member named like a parameter already in the query (`taken`), is an
/// [`Error::InvalidRequest`].
#[allow(dead_code)]
pub(crate) fn json_body_as_query(
    body: &[u8],
    taken: &[(String, String)],
    operation: &str,
) -> Result<Vec<(String, String)>, Error> {
    struct Members;
    impl<'de> serde::de::Visitor<'de> for Members {
        type Value = Vec<(String, Value)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Vec<(String, Value)>, A::Error> {
            let mut members = Vec::new();
            while let Some(member) = map.next_entry::<String, Value>()? {
                members.push(member);
            }
            Ok(members)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let members = serde::Deserializer::deserialize_map(&mut de, Members)
        .ok()
        .filter(|_| de.end().is_ok())
        .ok_or_else(|| {
            Error::InvalidRequest(format!(
                "the request body of `{operation}` is not a JSON object, so it cannot be sent as query parameters too"
            ))
        })?;
    let mut out = Vec::new();
    for (name, value) in &members {
        if taken.iter().any(|(key, _)| top_level_name(key) == name) {
            return Err(Error::InvalidRequest(format!(
                "`{name}` is both a query parameter and a field of the request body of `{operation}`, which is sent as query parameters too"
            )));
        }
        nest(name, value, true, &mut out);
    }
    Ok(out)
}

/// The field a form or multipart name belongs to: the name up to its first `[`.
pub(crate) fn top_level_name(name: &str) -> &str {
    name.split('[').next().unwrap_or(name)
}

/// A form body with `extras` (names and JSON-encoded values) appended after its own pairs,
/// in order, nested values encoded as [`form_body`] encodes them (`a[b]=c`). An extra whose
/// field (its name up to a `[`) the body already has, or that two extras share, is an
/// [`Error::InvalidRequest`] naming it.
#[allow(dead_code)]
pub(crate) fn form_with_extras(
    body: &[u8],
    extras: &[(String, Vec<u8>)],
    operation: &str,
) -> Result<Vec<u8>, Error> {
    let text = String::from_utf8_lossy(body);
    let mut names: Vec<String> = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let key = pair.split('=').next().unwrap_or(pair).replace('+', " ");
        let key = percent_encoding::percent_decode_str(&key).decode_utf8_lossy();
        let name = top_level_name(&key);
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    if let Some(name) = first_collision(
        &names,
        extras.iter().map(|(n, _)| top_level_name(n.as_str())),
    ) {
        return Err(extra_collision(name, operation));
    }
    let mut pairs = Vec::new();
    for (name, value) in extras {
        let value: Value = serde_json::from_slice(value).map_err(|e| {
            Error::InvalidRequest(format!("cannot encode the extra field `{name}`: {e}"))
        })?;
        nest(name, &value, false, &mut pairs);
    }
    let mut out = body.to_vec();
    for (key, value) in &pairs {
        if !out.is_empty() {
            out.push(b'&');
        }
        out.extend_from_slice(form_escape(key).as_bytes());
        out.push(b'=');
        out.extend_from_slice(form_escape(value).as_bytes());
    }
    Ok(out)
}
