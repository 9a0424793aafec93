//! API conventions the spec does not state, applied to the normalized document between the
//! load and model stages (settings `[conventions]`), so the model, the emitted crate and the
//! normalized `openapi.json` that Prism serves all see the same facts.
//!
//! Today one convention lives here: fields that every response object carries (`id`,
//! `object`, `created`, a list's `data`). Apifox exports rarely mark response fields
//! `required`, so the generated types would make them `Option` and a user would write
//! `session.id.as_deref().unwrap_or_default()`; with the convention they are required and not
//! nullable in the normalized document, plain `T` in Rust, and a response without one is a
//! clear decode error naming the field.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use crate::error::escape_pointer_segment;
use crate::error::{Diagnostic, DiagnosticKind};
use crate::Location;

/// The `always_present` convention: property names, and the `Schema.field` pairs left alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlwaysPresent {
    /// Property names every response object carries when its schema has them.
    pub fields: Vec<String>,
    /// `(component, field)` pairs the rule does not apply to.
    pub exceptions: Vec<(String, String)>,
}

/// The most schema nodes one walk visits (a bound on hostile documents; real specs stay far
/// below it).
const MAX_VISITS: usize = 2_000_000;

/// Which schemas each direction reaches: JSON pointers of schema objects.
#[derive(Default)]
struct Reach {
    response: BTreeSet<String>,
    request: HashSet<String>,
}

/// Marks the convention's fields required (and not nullable) in every object schema that
/// responses reach and no request body or parameter does. Returns how many fields it marked.
pub fn apply_always_present(
    document: &mut Value,
    rule: &AlwaysPresent,
    diagnostics: &mut Vec<Diagnostic>,
) -> usize {
    if rule.fields.is_empty() {
        return 0;
    }
    for (component, _) in &rule.exceptions {
        if document
            .pointer(&format!(
                "/components/schemas/{}",
                escape_pointer_segment(component)
            ))
            .is_none()
        {
            diagnostics.push(Diagnostic::warning(
                Location::pointer("#/components/schemas"),
                format!("[conventions] always_present_exceptions names `{component}`, which is not a component schema"),
            ).with_kind(DiagnosticKind::Settings));
        }
    }
    let reach = reach(document);
    let mut marked = 0;
    for pointer in &reach.response {
        if reach.request.contains(pointer) {
            continue;
        }
        let component = component_of(pointer);
        let Some(Value::Object(schema)) = document.pointer_mut(pointer) else {
            continue;
        };
        let Some(Value::Object(properties)) = schema.get("properties") else {
            continue;
        };
        let present: Vec<String> = rule
            .fields
            .iter()
            .filter(|f| properties.contains_key(f.as_str()))
            .filter(|f| {
                !component.as_ref().is_some_and(|c| {
                    rule.exceptions
                        .iter()
                        .any(|(ec, ef)| ec == c && ef == f.as_str())
                })
            })
            .cloned()
            .collect();
        if present.is_empty() {
            continue;
        }
        let required = schema
            .entry("required")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = required {
            for field in &present {
                if !list.iter().any(|v| v.as_str() == Some(field)) {
                    list.push(Value::String(field.clone()));
                    marked += 1;
                }
            }
        }
        if let Some(Value::Object(properties)) = schema.get_mut("properties") {
            for field in &present {
                if let Some(Value::Object(property)) = properties.get_mut(field) {
                    property.shift_remove("nullable");
                    if let Some(Value::Array(values)) = property.get_mut("enum") {
                        values.retain(|v| !v.is_null());
                    }
                }
            }
        }
    }
    marked
}

/// The component a schema pointer is (`/components/schemas/Dispute` → `Dispute`); inline
/// schemas have none.
fn component_of(pointer: &str) -> Option<String> {
    let rest = pointer.strip_prefix("/components/schemas/")?;
    (!rest.contains('/')).then(|| crate::error::unescape_pointer_segment(rest))
}

/// Walks every operation's response schemas and request schemas (bodies, parameters) through
/// `$ref`s and nested schemas, with an explicit stack (no recursion on input).
fn reach(document: &Value) -> Reach {
    let mut out = Reach::default();
    let mut response_roots = Vec::new();
    let mut request_roots = Vec::new();
    if let Some(Value::Object(paths)) = document.get("paths") {
        for (path, item) in paths {
            let Value::Object(item) = item else { continue };
            let item_pointer = format!("/paths/{}", escape_pointer_segment(path));
            for (method, operation) in item {
                let Value::Object(operation) = operation else {
                    continue;
                };
                let op_pointer = format!("{item_pointer}/{}", escape_pointer_segment(method));
                if let Some(Value::Object(responses)) = operation.get("responses") {
                    for (status, response) in responses {
                        let at =
                            format!("{op_pointer}/responses/{}", escape_pointer_segment(status));
                        push_content_schemas(document, response, &at, &mut response_roots);
                    }
                }
                if let Some(body) = operation.get("requestBody") {
                    push_content_schemas(
                        document,
                        body,
                        &format!("{op_pointer}/requestBody"),
                        &mut request_roots,
                    );
                }
                if let Some(Value::Array(parameters)) = operation.get("parameters") {
                    for (i, _) in parameters.iter().enumerate() {
                        request_roots.push(format!("{op_pointer}/parameters/{i}/schema"));
                    }
                }
            }
        }
    }
    walk(document, response_roots, |p| {
        out.response.insert(p);
    });
    walk(document, request_roots, |p| {
        out.request.insert(p);
    });
    out
}

/// Pushes the pointers of a response's or request body's media-type schemas (following one
/// `$ref` to a component response or body).
fn push_content_schemas(document: &Value, holder: &Value, at: &str, roots: &mut Vec<String>) {
    let (holder, at) = match holder.get("$ref").and_then(Value::as_str) {
        Some(r) => match local_pointer(r) {
            Some(p) => match document.pointer(&p) {
                Some(target) => (target, p),
                None => return,
            },
            None => return,
        },
        None => (holder, at.to_owned()),
    };
    if let Some(Value::Object(content)) = holder.get("content") {
        for media in content.keys() {
            roots.push(format!(
                "{at}/content/{}/schema",
                escape_pointer_segment(media)
            ));
        }
    }
}

/// The JSON pointer a local `$ref` names (`#/components/schemas/Payment%20Intent` →
/// `/components/schemas/Payment Intent`, still `~`-escaped); `None` for other documents.
fn local_pointer(reference: &str) -> Option<String> {
    let segments = crate::refs::ref_segments(reference)?;
    Some(crate::error::pointer_of(segments).split_off(1))
}

/// Visits every schema reachable from `roots`, each pointer once.
fn walk(document: &Value, roots: Vec<String>, mut visit: impl FnMut(String)) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut stack = roots;
    let mut visits = 0;
    while let Some(pointer) = stack.pop() {
        visits += 1;
        if visits > MAX_VISITS {
            return;
        }
        if !seen.insert(pointer.clone()) {
            continue;
        }
        let Some(schema) = document.pointer(&pointer) else {
            continue;
        };
        let Value::Object(map) = schema else { continue };
        if let Some(target) = map
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(local_pointer)
        {
            stack.push(target);
        }
        visit(pointer.clone());
        if let Some(Value::Object(properties)) = map.get("properties") {
            for name in properties.keys() {
                stack.push(format!(
                    "{pointer}/properties/{}",
                    escape_pointer_segment(name)
                ));
            }
        }
        for key in ["items", "additionalProperties", "not"] {
            if map.get(key).is_some_and(Value::is_object) {
                stack.push(format!("{pointer}/{key}"));
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(members)) = map.get(key) {
                for i in 0..members.len() {
                    stack.push(format!("{pointer}/{key}/{i}"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule() -> AlwaysPresent {
        AlwaysPresent {
            fields: vec!["id".into(), "object".into(), "data".into()],
            exceptions: vec![("Balance".into(), "object".into())],
        }
    }

    fn doc() -> Value {
        json!({
            "paths": {
                "/v1/things/{id}": {
                    "get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Th%69ng"}}}}}},
                    "post": {
                        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shared"}}}},
                        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shared"}}}}}
                    }
                },
                "/v1/balance": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Balance"}}}}}}}
            },
            "components": {"schemas": {
                "Thing": {"type": "object", "properties": {
                    "id": {"type": "string", "nullable": true},
                    "object": {"type": "string", "enum": ["thing", null], "nullable": true},
                    "name": {"type": "string", "nullable": true},
                    "child": {"type": "object", "properties": {"id": {"type": "string"}}}
                }},
                "Shared": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Balance": {"type": "object", "properties": {"object": {"type": "string"}}}
            }}
        })
    }

    #[test]
    fn response_objects_get_their_fields_required_and_not_nullable() {
        let mut d = doc();
        let mut diagnostics = Vec::new();
        let marked = apply_always_present(&mut d, &rule(), &mut diagnostics);
        assert_eq!(marked, 3, "Thing.id, Thing.object, Thing.child.id");
        let thing = &d["components"]["schemas"]["Thing"];
        assert_eq!(thing["required"], json!(["id", "object"]));
        assert!(thing["properties"]["id"].get("nullable").is_none());
        assert_eq!(thing["properties"]["object"]["enum"], json!(["thing"]));
        assert!(thing["properties"]["name"]["nullable"].as_bool().unwrap());
        assert_eq!(thing["properties"]["child"]["required"], json!(["id"]));
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn schemas_requests_also_use_and_exceptions_are_left_alone() {
        let mut d = doc();
        apply_always_present(&mut d, &rule(), &mut Vec::new());
        assert!(d["components"]["schemas"]["Shared"]
            .get("required")
            .is_none());
        assert!(d["components"]["schemas"]["Balance"]
            .get("required")
            .is_none());
    }

    #[test]
    fn an_exception_naming_no_component_is_a_warning() {
        let mut d = doc();
        let mut diagnostics = Vec::new();
        let rule = AlwaysPresent {
            fields: vec!["id".into()],
            exceptions: vec![("Nope".into(), "id".into())],
        };
        apply_always_present(&mut d, &rule, &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
    }
}
