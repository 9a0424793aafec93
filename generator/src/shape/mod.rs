//! Whether a document has OpenAPI's shape, checked before openapiv3 reads it: every schema on
//! its own ([`schema`]), then every path item, operation and component that openapiv3 cannot
//! read, each named by its own JSON pointer. Both the load stage (to list these errors beside
//! its own) and the model stage (before reading the document) use it.

pub mod schema;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::{escape_pointer_segment, Error, Location};

/// Reads the document as OpenAPI, or lists every value of the wrong shape in it (see
/// [`structural_errors`]). The list is never empty on failure.
pub fn parse_checked(document: &Value) -> std::result::Result<OpenAPI, Vec<Error>> {
    // Before openapiv3 reads the whole: its error path is exponential in a bad schema's depth.
    let shape_errors = schema::check_all(document);
    if !shape_errors.is_empty() {
        return Err(shape_errors);
    }
    // Read without tracking the path first (cheaper); only a failure is read again for it.
    if let Some(spec) = read_split(document) {
        return Ok(spec);
    }
    serde_path_to_error::deserialize(document).map_err(|e| {
        let found = structural_errors(document);
        if !found.is_empty() {
            return found;
        }
        vec![Error::Invalid {
            location: Location::pointer(path_to_pointer(e.path())),
            message: e.into_inner().to_string(),
        }]
    })
}

/// Reads the document as openapiv3 does, its `components` on a second thread beside the
/// rest; `None` when either part fails to read (the caller reads the whole again to name the
/// error).
fn read_split(document: &Value) -> Option<OpenAPI> {
    use serde::de::{value::MapDeserializer, Deserialize};
    let map = document.as_object()?;
    std::thread::scope(|scope| {
        let components = map
            .get("components")
            .map(|c| scope.spawn(move || openapiv3::Components::deserialize(c).ok()));
        let rest = MapDeserializer::<_, serde_json::Error>::new(
            map.iter()
                .filter(|(key, _)| key.as_str() != "components")
                .map(|(key, value)| (key.as_str(), value)),
        );
        let spec = OpenAPI::deserialize(rest).ok();
        let components = match components {
            Some(side) => Some(
                side.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
            ),
            None => None,
        };
        spec.map(|spec| OpenAPI { components, ..spec })
    })
}

/// Every value of the wrong shape for OpenAPI in `document`, each named by its own pointer:
/// schemas checked one by one (the innermost bad one is named), else every path item,
/// operation and component that openapiv3 cannot read.
pub fn structural_errors(document: &Value) -> Vec<Error> {
    let shape_errors = schema::check_all(document);
    if !shape_errors.is_empty() {
        return shape_errors;
    }
    narrow_invalid(document)
        .into_iter()
        .map(|(pointer, message)| Error::Invalid {
            location: Location::pointer(pointer),
            message,
        })
        .collect()
}

/// Tries `T` on `value`; on failure, the pointer (below `base`) and message of the error.
fn try_as<T: serde::de::DeserializeOwned>(value: &Value, base: &str) -> Option<(String, String)> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => None,
        Err(e) => {
            let below = path_to_pointer(e.path());
            Some((
                format!("{base}{}", below.trim_start_matches('#')),
                e.into_inner().to_string(),
            ))
        }
    }
}

/// openapiv3's untagged and flattened types stop serde's path early (`#/paths`); this
/// re-checks the document piece by piece to name the deepest value of the wrong shape, in
/// every path item and component that fails (pointer and message of each).
fn narrow_invalid(document: &Value) -> Vec<(String, String)> {
    use openapiv3::{
        Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema, SecurityScheme,
    };
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let mut found = Vec::new();
    let esc = |s: &str| escape_pointer_segment(s);
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths.iter().filter(|(path, _)| !path.starts_with("x-")) {
            let item_pointer = format!("#/paths/{}", esc(path));
            let Some(item_error) = try_as::<PathItem>(item, &item_pointer) else {
                continue;
            };
            let Some(item) = item.as_object() else {
                found.push((item_pointer, "a path item must be a mapping".into()));
                continue;
            };
            let before = found.len();
            for (key, op) in item {
                let op_pointer = format!("{item_pointer}/{}", esc(key));
                if !METHODS.contains(&key.as_str()) {
                    if key == "parameters" {
                        found.extend(try_as::<Vec<ReferenceOr<Parameter>>>(op, &op_pointer));
                    }
                    continue;
                }
                let Some(fields) = op.as_object() else {
                    found.push((op_pointer, "an operation must be a mapping".into()));
                    continue;
                };
                let in_operation = found.len();
                for (field, value) in fields {
                    let p = format!("{op_pointer}/{}", esc(field));
                    match field.as_str() {
                        "parameters" => {
                            found.extend(try_as::<Vec<ReferenceOr<Parameter>>>(value, &p))
                        }
                        "requestBody" => {
                            found.extend(try_as::<ReferenceOr<RequestBody>>(value, &p))
                        }
                        "responses" => {
                            if let Some(responses) = value.as_object() {
                                let responses =
                                    responses.iter().filter(|(code, _)| !code.starts_with("x-"));
                                found.extend(responses.filter_map(|(code, resp)| {
                                    try_as::<ReferenceOr<Response>>(
                                        resp,
                                        &format!("{p}/{}", esc(code)),
                                    )
                                }));
                            }
                        }
                        "tags" => found.extend(try_as::<Vec<String>>(value, &p)),
                        "summary" | "description" | "operationId" => {
                            found.extend(try_as::<String>(value, &p))
                        }
                        _ => {}
                    }
                }
                if found.len() == in_operation {
                    found.extend(try_as::<openapiv3::Operation>(op, &op_pointer));
                }
            }
            if found.len() == before {
                found.push(item_error);
            }
        }
    }
    if let Some(components) = document.get("components").and_then(Value::as_object) {
        for (section, entries) in components {
            let Some(entries) = entries.as_object() else {
                continue;
            };
            for (name, value) in entries {
                let p = format!("#/components/{}/{}", esc(section), esc(name));
                found.extend(match section.as_str() {
                    "schemas" => try_as::<ReferenceOr<Schema>>(value, &p),
                    "parameters" => try_as::<ReferenceOr<Parameter>>(value, &p),
                    "requestBodies" => try_as::<ReferenceOr<RequestBody>>(value, &p),
                    "responses" => try_as::<ReferenceOr<Response>>(value, &p),
                    "securitySchemes" => try_as::<ReferenceOr<SecurityScheme>>(value, &p),
                    _ => None,
                });
            }
        }
    }
    found
}

/// Converts a serde path (`paths./v1/x.get.responses`) into a JSON pointer.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::from("#");
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => out.push_str(&format!("/{}", escape_pointer_segment(key))),
            Segment::Enum { variant } => {
                out.push_str(&format!("/{}", escape_pointer_segment(variant)))
            }
            Segment::Unknown => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_read_apart_give_the_same_document() {
        let document = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "T", "version": "1"},
            "x-top": {"a": 1},
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
            "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}}, "B": {"type": "string"}}},
        });
        let whole: OpenAPI = serde_json::from_value(document.clone()).unwrap();
        assert_eq!(read_split(&document), Some(whole.clone()));
        assert_eq!(parse_checked(&document).ok(), Some(whole));
    }

    #[test]
    fn a_component_that_fails_is_named_as_before() {
        let document = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "T", "version": "1"},
            "paths": {},
            "components": {"securitySchemes": {"k": {"type": "apiKey", "in": "nowhere", "name": "k"}}},
        });
        assert_eq!(read_split(&document), None);
        let errors = parse_checked(&document).unwrap_err();
        assert!(!errors.is_empty());
        assert!(
            errors.iter().any(|e| e.to_string().contains("components")),
            "{errors:?}"
        );
    }
}
