//! One pass over every schema of a document, checking each on its own before openapiv3 reads
//! the whole.
//!
//! openapiv3 parses a failing `$ref`-or-schema twice (once more to phrase its error), at every
//! level of nesting, so one bad leaf deep in a schema costs time exponential in its depth. Here
//! each schema is checked with its subschemas replaced by `{}`, innermost first: the first
//! failure is the innermost bad schema, named by its own JSON pointer, in time linear in the size
//! of the document.

use openapiv3::{ReferenceOr, Schema};
use serde_json::{Map, Value};

use crate::error::{escape_pointer_segment, Error, Location, Result};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Deepest nesting of subschemas in one schema. Reading, modelling and printing a schema
/// recurse once per level; this keeps all three well within a 2 MiB thread stack (the default
/// for spawned threads) even unoptimized, where about 60 levels of arrays overflow it. Real
/// specs stay below 15.
pub const MAX_NESTING: usize = 32;

/// Keys of a schema holding one subschema.
const SINGLE: [&str; 2] = ["items", "not"];
/// Keys of a schema holding a list of subschemas.
const LISTS: [&str; 3] = ["allOf", "oneOf", "anyOf"];

/// Checks every schema of `document` (components, parameters, headers, bodies, responses,
/// callbacks) on its own; each error names the innermost schema of the wrong shape, and every
/// bad schema is reported (as [`Error::Many`] when there are several).
pub fn check(document: &Value) -> Result<()> {
    match Error::from_all(check_all(document)) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// [`check`], listing every error found, innermost schemas first.
pub fn check_all(document: &Value) -> Vec<Error> {
    let mut errors = Vec::new();
    let mut schemas = Vec::new();
    collect_document(document, &mut schemas);
    // Subschemas are listed after the schema holding them: checking the list backwards sees
    // every schema only after everything inside it passed.
    let mut levels = vec![0; schemas.len()];
    let mut inner = Vec::new();
    let mut i = 0;
    while i < schemas.len() {
        let (pointer, schema) = (schemas[i].0.clone(), schemas[i].1);
        let level = levels[i];
        i += 1;
        inner.clear();
        subschemas(schema, &pointer, &mut inner, &mut errors);
        if level >= MAX_NESTING {
            if let Some((deeper, _)) = inner.first() {
                errors.push(Error::Limit {
                    location: Location::pointer(deeper.as_str()),
                    message: format!("schemas nested deeper than {MAX_NESTING} levels"),
                });
                continue;
            }
        }
        levels.extend(inner.iter().map(|_| level + 1));
        schemas.append(&mut inner);
    }
    for (pointer, schema) in schemas.iter().rev() {
        if let Err(e) = check_alone(schema, pointer) {
            errors.push(e);
        }
    }
    errors
}

/// A `$ref` in place of a parameter, body or response: openapiv3 ignores what is beside it.
fn is_reference_holder(value: &Value) -> bool {
    value.as_object().is_some_and(is_reference)
}

/// A `$ref` that openapiv3 reads as a reference (its siblings are ignored).
fn is_reference(schema: &Map<String, Value>) -> bool {
    schema.get("$ref").is_some_and(Value::is_string)
}

/// The subschemas directly inside `schema`, with their pointers; a container of the wrong shape
/// (`properties` that is not a mapping) is an error at the container.
fn subschemas<'v>(
    schema: &'v Value,
    pointer: &str,
    out: &mut Vec<(String, &'v Value)>,
    errors: &mut Vec<Error>,
) {
    let Some(map) = schema.as_object() else {
        return;
    };
    if is_reference(map) {
        return;
    }
    let invalid = |key: &str, expected: &str| Error::Invalid {
        location: Location::pointer(format!("{pointer}/{}", escape_pointer_segment(key))),
        message: format!("`{key}` must be {expected}, found {}", kind_of(&map[key])),
    };
    for (key, value) in map {
        let child = |suffix: &str| format!("{pointer}/{}{suffix}", escape_pointer_segment(key));
        match key.as_str() {
            "properties" => {
                let Some(properties) = value.as_object() else {
                    errors.push(invalid(key, "a mapping of property names to schemas"));
                    continue;
                };
                for (name, property) in properties {
                    out.push((
                        child(&format!("/{}", escape_pointer_segment(name))),
                        property,
                    ));
                }
            }
            "additionalProperties" if !value.is_boolean() => out.push((child(""), value)),
            k if SINGLE.contains(&k) => out.push((child(""), value)),
            k if LISTS.contains(&k) => {
                let Some(items) = value.as_array() else {
                    errors.push(invalid(key, "a list of schemas"));
                    continue;
                };
                for (n, item) in items.iter().enumerate() {
                    out.push((child(&format!("/{n}")), item));
                }
            }
            _ => {}
        }
    }
}

/// Checks one schema with its subschemas replaced by `{}` (already checked on their own).
fn check_alone(schema: &Value, pointer: &str) -> Result<()> {
    let Some(map) = schema.as_object() else {
        return Err(Error::Invalid {
            location: Location::pointer(pointer),
            message: format!(
                "expected a schema (a mapping) or a `$ref`, found {}",
                kind_of(schema)
            ),
        });
    };
    if is_reference(map) {
        return Ok(());
    }
    let bad_container = map.iter().any(|(key, value)| {
        (key == "properties" && !value.is_object())
            || (LISTS.contains(&key.as_str()) && !value.is_array())
    });
    if bad_container {
        // Already reported by `subschemas`, at the container.
        return Ok(());
    }
    let stub = || Value::Object(Map::new());
    let shallow: Map<String, Value> = map
        .iter()
        .map(|(key, value)| {
            let value = match (key.as_str(), value) {
                ("properties", Value::Object(p)) => {
                    Value::Object(p.keys().map(|k| (k.clone(), stub())).collect())
                }
                ("additionalProperties", Value::Bool(b)) => Value::Bool(*b),
                ("additionalProperties", _) => stub(),
                (k, _) if SINGLE.contains(&k) => stub(),
                (k, Value::Array(items)) if LISTS.contains(&k) => {
                    Value::Array(items.iter().map(|_| stub()).collect())
                }
                _ => value.clone(),
            };
            (key.clone(), value)
        })
        .collect();
    match serde_path_to_error::deserialize::<_, ReferenceOr<Schema>>(Value::Object(shallow)) {
        Ok(_) => Ok(()),
        Err(e) => {
            let below = super::path_to_pointer(e.path());
            Err(Error::Invalid {
                location: Location::pointer(format!("{pointer}{}", below.trim_start_matches('#'))),
                message: e.into_inner().to_string(),
            })
        }
    }
}

fn kind_of(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean `{b}`"),
        Value::Number(n) => format!("the number `{n}`"),
        Value::String(s) if s.chars().count() <= 40 => format!("the string `{s}`"),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a mapping".into(),
    }
}

fn push_key(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", escape_pointer_segment(key))
}

/// The top-level schemas of the document: every position OpenAPI 3 puts a schema in.
fn collect_document<'v>(document: &'v Value, out: &mut Vec<(String, &'v Value)>) {
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths.iter().filter(|(p, _)| !p.starts_with("x-")) {
            path_item(item, &push_key("#/paths", path), out, 0);
        }
    }
    let Some(components) = document.get("components").and_then(Value::as_object) else {
        return;
    };
    for (section, entries) in components {
        let Some(entries) = entries.as_object() else {
            continue;
        };
        let base = push_key("#/components", section);
        for (name, entry) in entries {
            let p = push_key(&base, name);
            match section.as_str() {
                "schemas" => out.push((p, entry)),
                "parameters" | "headers" => parameter(entry, &p, out),
                "requestBodies" => content_of(entry, &p, out),
                "responses" => response(entry, &p, out),
                "callbacks" => callback(entry, &p, out, 0),
                _ => {}
            }
        }
    }
}

/// Callbacks hold path items which may hold callbacks: bounded, since input is.
const MAX_CALLBACK_NESTING: usize = 16;

fn path_item<'v>(
    item: &'v Value,
    pointer: &str,
    out: &mut Vec<(String, &'v Value)>,
    nesting: usize,
) {
    let Some(item) = item.as_object() else {
        return;
    };
    for (key, value) in item {
        let p = push_key(pointer, key);
        if key == "parameters" {
            parameters(value, &p, out);
        } else if METHODS.contains(&key.as_str()) {
            operation(value, &p, out, nesting);
        }
    }
}

fn operation<'v>(op: &'v Value, pointer: &str, out: &mut Vec<(String, &'v Value)>, nesting: usize) {
    let Some(op) = op.as_object() else {
        return;
    };
    for (key, value) in op {
        let p = push_key(pointer, key);
        match key.as_str() {
            "parameters" => parameters(value, &p, out),
            "requestBody" => content_of(value, &p, out),
            "responses" => {
                if let Some(responses) = value.as_object() {
                    for (code, r) in responses.iter().filter(|(c, _)| !c.starts_with("x-")) {
                        response(r, &push_key(&p, code), out);
                    }
                }
            }
            "callbacks" => {
                if let Some(callbacks) = value.as_object() {
                    for (name, c) in callbacks {
                        callback(c, &push_key(&p, name), out, nesting);
                    }
                }
            }
            _ => {}
        }
    }
}

fn callback<'v>(
    callback: &'v Value,
    pointer: &str,
    out: &mut Vec<(String, &'v Value)>,
    nesting: usize,
) {
    if nesting >= MAX_CALLBACK_NESTING {
        return;
    }
    if let Some(expressions) = callback.as_object() {
        for (expression, item) in expressions {
            path_item(item, &push_key(pointer, expression), out, nesting + 1);
        }
    }
}

fn parameters<'v>(list: &'v Value, pointer: &str, out: &mut Vec<(String, &'v Value)>) {
    if let Some(list) = list.as_array() {
        for (n, p) in list.iter().enumerate() {
            parameter(p, &format!("{pointer}/{n}"), out);
        }
    }
}

/// A parameter or header: a `schema`, or `content`.
fn parameter<'v>(parameter: &'v Value, pointer: &str, out: &mut Vec<(String, &'v Value)>) {
    if is_reference_holder(parameter) {
        return;
    }
    if let Some(schema) = parameter.get("schema") {
        out.push((push_key(pointer, "schema"), schema));
    }
    content_of(parameter, pointer, out);
}

fn response<'v>(response: &'v Value, pointer: &str, out: &mut Vec<(String, &'v Value)>) {
    if is_reference_holder(response) {
        return;
    }
    if let Some(headers) = response.get("headers").and_then(Value::as_object) {
        let base = push_key(pointer, "headers");
        for (name, header) in headers {
            parameter(header, &push_key(&base, name), out);
        }
    }
    content_of(response, pointer, out);
}

/// The `schema` of every media type under `content`.
fn content_of<'v>(holder: &'v Value, pointer: &str, out: &mut Vec<(String, &'v Value)>) {
    if is_reference_holder(holder) {
        return;
    }
    if let Some(content) = holder.get("content").and_then(Value::as_object) {
        let base = push_key(pointer, "content");
        for (media, media_type) in content {
            if let Some(schema) = media_type.get("schema") {
                out.push((push_key(&push_key(&base, media), "schema"), schema));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(schema: Value) -> Value {
        serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"S": schema}}
        })
    }

    fn pointer_of(err: Error) -> String {
        err.location().and_then(|l| l.pointer.clone()).unwrap()
    }

    #[test]
    fn valid_schemas_pass() {
        let schema = serde_json::json!({
            "type": "object",
            "properties": {"a": {"type": "array", "items": {"$ref": "#/components/schemas/S"}},
                           "b": {"allOf": [{"type": "string"}], "nullable": true}},
            "additionalProperties": {"type": "integer"}
        });
        check(&doc(schema)).unwrap();
        check(&doc(serde_json::json!({"additionalProperties": false}))).unwrap();
    }

    #[test]
    fn the_innermost_bad_schema_is_named() {
        let schema = serde_json::json!({"type": "object", "properties": {"a": {"type": "array", "items": {"oneOf": [{"type": "string"}, 5]}}}});
        let err = check(&doc(schema)).unwrap_err();
        assert_eq!(
            pointer_of(err),
            "#/components/schemas/S/properties/a/items/oneOf/1"
        );
    }

    #[test]
    fn a_bad_field_of_a_schema_is_named() {
        let schema = serde_json::json!({"type": "object", "properties": {"a": {"type": "string", "maxLength": "long"}}});
        let err = check(&doc(schema)).unwrap_err();
        assert!(
            pointer_of(err).starts_with("#/components/schemas/S/properties/a"),
            "named the field's schema"
        );
        let err = check(&doc(serde_json::json!({"allOf": {"type": "string"}}))).unwrap_err();
        assert_eq!(pointer_of(err), "#/components/schemas/S/allOf");
    }

    #[test]
    fn nesting_is_bounded() {
        let mut schema = serde_json::json!({"type": "string"});
        for _ in 0..MAX_NESTING {
            schema = serde_json::json!({"type": "array", "items": schema});
        }
        check(&doc(schema.clone())).unwrap();
        let deeper = serde_json::json!({"type": "array", "items": schema});
        let err = check(&doc(deeper)).unwrap_err();
        assert!(matches!(err, Error::Limit { .. }), "{err}");
        let expected = format!("#/components/schemas/S{}", "/items".repeat(MAX_NESTING + 1));
        assert_eq!(pointer_of(err), expected);
    }

    #[test]
    fn schemas_in_operations_are_checked() {
        let d = serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"parameters": [{"name": "q", "in": "query", "schema": {"type": "array", "items": "x"}}]}}
        });
        let err = check(&d).unwrap_err();
        assert_eq!(pointer_of(err), "#/paths/~1x/parameters/0/schema/items");
    }
}
