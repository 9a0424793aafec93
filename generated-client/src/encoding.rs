// @generated from specs/ by `cargo xtask regenerate`.
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
/// segment). `.` and `..` are refused: URLs treat them as directory moves even when encoded.
#[allow(dead_code)]
pub(crate) fn encode_path_segment(segment: &str) -> Result<std::borrow::Cow<'_, str>, Error> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn path_segments_cannot_escape() {
        assert_eq!(
            encode_path_segment("dp_1/../../v1/payouts?x=1#y").unwrap(),
            "dp_1%2F..%2F..%2Fv1%2Fpayouts%3Fx%3D1%23y"
        );
        assert!(encode_path_segment("..").is_err());
        assert!(encode_path_segment("").is_err());
    }

    #[test]
    fn deep_objects_and_forms() {
        let q = query_pairs(
            "created",
            &json!({"gte": 1, "lt": 2}),
            QueryStyle::DeepObject,
        )
        .unwrap();
        assert_eq!(
            q,
            vec![
                ("created[gte]".into(), "1".into()),
                ("created[lt]".into(), "2".into())
            ]
        );
        let q = query_pairs("expand", &json!(["a", "b"]), QueryStyle::DeepObject).unwrap();
        assert_eq!(
            q,
            vec![
                ("expand[]".into(), "a".into()),
                ("expand[]".into(), "b".into())
            ]
        );
        let f = form_body(&json!({"evidence": {"customer_name": "A B"}, "metadata": {"k": "v&"}, "expand": ["x"], "submit": true})).unwrap();
        // Member order follows serde_json's map (sorted, or insertion order with its
        // `preserve_order` feature, which feature unification may turn on): compare as a set.
        let mut pairs: Vec<&str> = f.split('&').collect();
        pairs.sort_unstable();
        assert_eq!(
            pairs,
            [
                "evidence%5Bcustomer_name%5D=A+B",
                "expand%5B0%5D=x",
                "metadata%5Bk%5D=v%26",
                "submit=true"
            ]
        );
    }
}
