//! The one place that knows Apifox's export quirks, turning them into plain OpenAPI 3.0.
//!
//! Passes, in order:
//! 1. `$ref`s: percent-decoded and checked (`Dispute%20Evidence` → component `Dispute Evidence`),
//!    rewritten in canonical form; chains that loop are errors.
//! 2. `x-apifox-refs` + `x-apifox-overrides` + `x-apifox-ignore-properties`: an object that
//!    "inherits" a component with some properties removed or replaced becomes either a plain
//!    `$ref` (when only optional properties were removed) or an expanded object.
//! 3. `x-apifox-orders` reorders `properties`.
//! 4. A `$ref` with siblings (`description`, `nullable`) becomes `allOf: [$ref]` with those
//!    siblings, so the description is kept as documentation.
//! 5. Optional properties are marked `nullable` (the API sends `null` for them) in an Apifox
//!    export, or wherever `[conventions] optional_nullable = true` says so; `false` turns it
//!    off for an export too.
//!
//! `x-apifox-folder` and `x-apifox-enum` become the neutral keys of [`extensions`], and
//! descriptions that say `（未实现）` ("not implemented") lose the marker and get
//! [`extensions::NOT_IMPLEMENTED`] (on schemas, parameters, headers and request bodies).
//!
//! JSON Schema spellings (`type: [string, 'null']`, `const`) are translated first, so OpenAPI
//! 3.1 documents are read as 3.0 (with a warning).

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::error::{escape_pointer_segment, Error, Location, Result};
use crate::error::{Construct, Diagnostic, DiagnosticKind};
use crate::extensions;
use crate::load::references::{check_ref, hoist_deep_refs, wrong_section_refs};
use crate::load::walk::{visit_structure, visit_structure_schemas, METHODS};
use crate::load::{keywords, LoadConventions};
use crate::refs::{self, canonical_ref, ref_segments, MAX_REF_CHAIN};

/// Normalizes a merged document; see the module docs for the passes. Every error found is
/// reported (as [`Error::Many`] when there are several), not only the first.
pub fn normalize(doc: Value, diagnostics: &mut Vec<Diagnostic>) -> Result<Value> {
    let (doc, errors) = normalize_all(doc, diagnostics);
    match Error::from_all(errors) {
        Some(e) => Err(e),
        None => Ok(doc),
    }
}

/// [`normalize`], with its errors listed beside the document. Errors (unresolved or cyclic
/// `$ref`s, malformed `x-apifox-refs`) do not stop the passes, so that one run lists them all;
/// the document is only meaningful when there are none.
pub fn normalize_all(doc: Value, diagnostics: &mut Vec<Diagnostic>) -> (Value, Vec<Error>) {
    normalize_all_with(doc, diagnostics, &LoadConventions::default())
}

/// [`normalize_all`] with the API's conventions (pass 5 only when `optional_nullable`).
pub fn normalize_all_with(
    mut doc: Value,
    diagnostics: &mut Vec<Diagnostic>,
    conventions: &LoadConventions,
) -> (Value, Vec<Error>) {
    let mut errors = Vec::new();
    let is_3_1 = doc
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1"));
    if is_3_1 {
        optional_3_1_fields(&mut doc);
    }
    mutual_tls_schemes(&mut doc, diagnostics);
    if let Some(Value::String(version)) = doc.get_mut("openapi") {
        if version.starts_with("3.1") {
            diagnostics.push(Diagnostic::warning(
                Location::pointer("#/openapi"),
                format!("OpenAPI {version} is read as 3.0: JSON Schema type lists, const and numeric exclusive bounds are translated; other 3.1-only keywords are ignored"),
            ).with_kind(DiagnosticKind::VersionRead));
            *version = "3.0.3".into();
        }
    }
    let optional_nullable = conventions
        .optional_nullable
        .unwrap_or_else(|| is_apifox_export(&doc));
    tidy_operation_ids(&mut doc, diagnostics);
    keywords::drop_callbacks(&mut doc, diagnostics);
    operation_folders(&mut doc);
    normalize_security_schemes(&mut doc, diagnostics);
    parameter_booleans(&mut doc);
    wrong_section_refs(&mut doc, diagnostics);
    hoist_deep_refs(&mut doc, diagnostics);
    let snapshot = doc.clone();
    // Pass 1: references anywhere in the document structure (not inside examples).
    let mut cycles = HashSet::new();
    if let Err(e) = visit_structure(&mut doc, "#", &mut |node, pointer| {
        if let Err(e) = check_ref(node, pointer, &snapshot, &mut cycles) {
            errors.push(e);
        }
        Ok(())
    }) {
        errors.push(e);
    }
    let snapshot = doc.clone();
    // Passes 2-5 on every schema.
    if let Err(e) = visit_structure_schemas(&mut doc, &mut |schema, pointer| {
        keywords::boolean_schemas(schema, pointer, diagnostics);
        json_schema_compat(schema);
        boolean_spellings(schema);
        type_spellings(schema, pointer, diagnostics);
        keywords::keyword_types(schema, pointer, diagnostics);
        drop_blank_properties(schema, pointer, diagnostics);
        if let Err(e) = expand_apifox_refs(schema, pointer, &snapshot, diagnostics, 0) {
            errors.push(e);
        }
        require_inherited(schema, &snapshot);
        apply_orders(schema);
        not_implemented_marker(schema);
        wrap_ref_siblings(schema);
        if optional_nullable {
            mark_optional_nullable(schema);
        }
        rename_key(schema, "x-apifox-enum", extensions::ENUM_DOCS);
        Ok(())
    }) {
        errors.push(e);
    }
    (doc, errors)
}

/// OpenAPI 3.1 made `paths` optional (a document may hold only `webhooks` or `components`)
/// and an operation's `responses` optional; the 3.0 model requires both, so they are filled
/// in empty: no paths, an operation that declares no response.
fn optional_3_1_fields(doc: &mut Value) {
    let Value::Object(root) = doc else { return };
    let paths = root
        .entry("paths")
        .or_insert_with(|| Value::Object(Default::default()));
    let Value::Object(paths) = paths else { return };
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for (method, operation) in item.iter_mut() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            if let Value::Object(operation) = operation {
                operation
                    .entry("responses")
                    .or_insert_with(|| Value::Object(Default::default()));
            }
        }
    }
}

/// A `mutualTLS` security scheme (OpenAPI 3.1) authenticates with a client certificate during
/// the TLS handshake, not with anything in the request: the scheme is taken out of the
/// components and out of every security requirement (a requirement left empty means that no
/// request credential is needed), with a warning saying where the certificate goes.
fn mutual_tls_schemes(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemes)) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    else {
        return;
    };
    let mutual: Vec<String> = schemes
        .iter()
        .filter(|(_, scheme)| {
            scheme
                .get("type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("mutualTLS"))
        })
        .map(|(name, _)| name.clone())
        .collect();
    if mutual.is_empty() {
        return;
    }
    for name in &mutual {
        schemes.remove(name);
        diagnostics.push(Diagnostic::warning(
            Location::pointer(format!(
                "#/components/securitySchemes/{}",
                escape_pointer_segment(name)
            )),
            format!("security scheme `{name}` is mutual TLS: the client certificate is set on the HTTP client given to the builder (`reqwest::ClientBuilder::identity`), the generated requests carry nothing for it"),
        ).with_kind(DiagnosticKind::Unsupported(Construct::MutualTls)));
    }
    let strip = |requirements: &mut Value| {
        if let Value::Array(list) = requirements {
            for requirement in list.iter_mut() {
                if let Value::Object(requirement) = requirement {
                    requirement.retain(|name, _| !mutual.contains(name));
                }
            }
        }
    };
    if let Some(security) = doc.get_mut("security") {
        strip(security);
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut() {
            let Value::Object(item) = item else { continue };
            for (method, operation) in item.iter_mut() {
                if METHODS.contains(&method.as_str()) {
                    if let Some(security) = operation.get_mut("security") {
                        strip(security);
                    }
                }
            }
        }
    }
}

/// JSON Schema forms that Apifox (and OpenAPI 3.1 documents) use, in OpenAPI 3.0 terms:
/// `type: [string, 'null']` → `type: string, nullable: true`; several types → `anyOf`;
/// `const` → a one-value `enum`; numeric `exclusiveMinimum`/`exclusiveMaximum` → `minimum` +
/// `exclusiveMinimum: true`; an `examples` list → `example`.
fn json_schema_compat(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    if let Some(Value::Array(types)) = map.get("type").cloned() {
        let named: Vec<Value> = types
            .iter()
            .filter(|t| t.as_str() != Some("null"))
            .cloned()
            .collect();
        let nullable = named.len() != types.len();
        map.shift_remove("type");
        match named.len() {
            0 => {}
            1 => {
                map.insert("type".into(), named[0].clone());
            }
            _ => {
                let alternatives = named
                    .into_iter()
                    .map(|t| serde_json::json!({ "type": t }))
                    .collect();
                map.insert("anyOf".into(), Value::Array(alternatives));
            }
        }
        if nullable {
            map.insert("nullable".into(), Value::Bool(true));
        }
    }
    if map.get("type").and_then(Value::as_str) == Some("null") {
        map.shift_remove("type");
        map.insert("nullable".into(), Value::Bool(true));
    }
    // `anyOf: [{$ref: X}, {type: 'null'}]` (how Apifox and OpenAPI 3.1 say "X or null"): the
    // null alternative becomes `nullable`, leaving `anyOf: [X]`, which reads as X itself.
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(alternatives)) = map.get_mut(key) else {
            continue;
        };
        let before = alternatives.len();
        alternatives.retain(|a| !is_null_schema(a));
        if alternatives.len() != before {
            if alternatives.is_empty() {
                map.shift_remove(key);
            }
            map.insert("nullable".into(), Value::Bool(true));
        }
    }
    if let Some(value) = map.shift_remove("const") {
        map.entry("enum")
            .or_insert_with(|| Value::Array(vec![value]));
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = map.get(exclusive).cloned() {
            map.insert(bound.into(), n);
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
    if let Some(Value::Array(examples)) = map.get("examples").cloned() {
        map.shift_remove("examples");
        if let Some(first) = examples.into_iter().next() {
            map.entry("example").or_insert(first);
        }
    }
}

/// Keyword spellings that the OpenAPI 3.0 types reject but whose meaning is plain:
/// `required: true` on a property (JSON Schema draft 3, Swagger habits) puts the property in
/// its object's `required` list; `'true'`/`'false'` strings in boolean keywords are booleans.
fn boolean_spellings(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    let as_bool = |v: &Value| match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.trim().eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.trim().eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    };
    for key in [
        "nullable",
        "deprecated",
        "readOnly",
        "writeOnly",
        "uniqueItems",
        "exclusiveMinimum",
        "exclusiveMaximum",
    ] {
        if let Some(v @ Value::String(_)) = map.get(key) {
            if let Some(b) = as_bool(v) {
                map.insert(key.into(), Value::Bool(b));
            }
        }
    }
    // Properties that say `required: true` themselves.
    let mut lifted = Vec::new();
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        for (name, prop) in props.iter_mut() {
            let Value::Object(prop) = prop else { continue };
            if prop.get("required").is_some_and(|r| !r.is_array()) {
                if let Some(true) = prop.shift_remove("required").as_ref().and_then(as_bool) {
                    lifted.push(Value::String(name.clone()));
                }
            }
        }
    }
    if map.get("required").is_some_and(|r| !r.is_array()) {
        map.shift_remove("required");
    }
    if !lifted.is_empty() {
        let required = map
            .entry("required")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(required) = required {
            for name in lifted {
                if !required.contains(&name) {
                    required.push(name);
                }
            }
        }
    }
}

/// `type` spellings outside JSON Schema's seven names: another case (`String`, `Integer`) or
/// a programming-language name (`int`, `long`, `double`, `bool`, `date`). Left alone they
/// would make the value untyped (`serde_json::Value`); they are read as what they mean.
fn type_spellings(schema: &mut Value, pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Value::Object(map) = schema else { return };
    let Some(Value::String(typ)) = map.get("type") else {
        return;
    };
    let lower = typ.trim().to_ascii_lowercase();
    let (fixed, format) = match lower.as_str() {
        "string" | "integer" | "number" | "boolean" | "object" | "array" | "null" => {
            (lower.clone(), None)
        }
        "int" | "int32" | "short" => ("integer".to_owned(), Some("int32")),
        "long" | "int64" | "bigint" => ("integer".to_owned(), Some("int64")),
        "float" | "double" | "decimal" => ("number".to_owned(), None),
        "bool" => ("boolean".to_owned(), None),
        "date" => ("string".to_owned(), Some("date")),
        "datetime" | "date-time" | "timestamp" => ("string".to_owned(), Some("date-time")),
        "str" | "text" | "char" => ("string".to_owned(), None),
        "map" | "dict" => ("object".to_owned(), None),
        "list" => ("array".to_owned(), None),
        "" if map.contains_key("properties") => ("object".to_owned(), None),
        "" => {
            map.shift_remove("type");
            return;
        }
        _ => return,
    };
    if fixed == *typ {
        return;
    }
    if !typ.trim().eq_ignore_ascii_case(&fixed) {
        diagnostics.push(
            Diagnostic::note(
                Location::pointer(format!("{pointer}/type")),
                format!("schema type `{typ}` is read as `{fixed}`"),
            )
            .with_kind(DiagnosticKind::Spelling),
        );
    }
    map.insert("type".into(), Value::String(fixed));
    if let Some(format) = format {
        map.entry("format")
            .or_insert_with(|| Value::String(format.to_owned()));
    }
}

/// Whether a schema only admits `null`: `type: 'null'`, `type: ['null']` or `enum: [null]`.
fn is_null_schema(schema: &Value) -> bool {
    let Value::Object(map) = schema else {
        return false;
    };
    let only_null_type = match map.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => !ts.is_empty() && ts.iter().all(|t| t.as_str() == Some("null")),
        _ => false,
    };
    let only_null_enum = map.get("type").is_none()
        && matches!(map.get("enum"), Some(Value::Array(vs)) if !vs.is_empty() && vs.iter().all(Value::is_null));
    only_null_type || only_null_enum
}

/// Security scheme spellings seen in exports (`type: apikey`, `in: Header`, `scheme: Bearer`)
/// in the canonical case OpenAPI requires; the values are case-insensitive in meaning (HTTP
/// auth schemes are, by RFC 7235), so only their case changes.
fn normalize_security_schemes(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemes)) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    else {
        return;
    };
    for (name, scheme) in schemes.iter_mut() {
        let Value::Object(scheme) = scheme else {
            continue;
        };
        for (key, canonical) in [
            (
                "type",
                &["apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"][..],
            ),
            ("in", &["header", "query", "cookie"][..]),
        ] {
            let Some(Value::String(value)) = scheme.get(key) else {
                continue;
            };
            let Some(fixed) = canonical
                .iter()
                .find(|c| c.eq_ignore_ascii_case(value.trim()) && **c != value.as_str())
            else {
                continue;
            };
            diagnostics.push(
                Diagnostic::note(
                    Location::pointer(format!(
                        "#/components/securitySchemes/{}/{key}",
                        escape_pointer_segment(name)
                    )),
                    format!("security scheme {key} `{value}` is read as `{fixed}`"),
                )
                .with_kind(DiagnosticKind::Spelling),
            );
            scheme.insert(key.into(), Value::String((*fixed).to_owned()));
        }
        if scheme.get("type").and_then(Value::as_str) == Some("http") {
            if let Some(Value::String(s)) = scheme.get_mut("scheme") {
                *s = s.trim().to_ascii_lowercase();
            }
        }
    }
}

/// `required: 'true'` and the like on parameters, headers and request bodies: booleans; and
/// their not-implemented markers ([`not_implemented_marker`]).
fn parameter_booleans(doc: &mut Value) {
    fn fix(node: &mut Value) {
        not_implemented_marker(node);
        let Value::Object(map) = node else { return };
        for key in [
            "required",
            "deprecated",
            "allowEmptyValue",
            "explode",
            "allowReserved",
        ] {
            let Some(Value::String(s)) = map.get(key) else {
                continue;
            };
            let b = match s.trim().to_ascii_lowercase().as_str() {
                "true" => true,
                "false" => false,
                _ => continue,
            };
            map.insert(key.into(), Value::Bool(b));
        }
    }
    fn fix_list(list: Option<&mut Value>) {
        if let Some(Value::Array(items)) = list {
            items.iter_mut().for_each(fix);
        }
    }
    fn fix_map(map: Option<&mut Value>) {
        if let Some(Value::Object(entries)) = map {
            entries.values_mut().for_each(fix);
        }
    }
    fn fix_responses(responses: Option<&mut Value>) {
        if let Some(Value::Object(responses)) = responses {
            for response in responses.values_mut() {
                fix_map(response.get_mut("headers"));
            }
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut() {
            fix_list(item.get_mut("parameters"));
            if let Value::Object(item) = item {
                for op in item.values_mut() {
                    if op.is_object() {
                        fix_list(op.get_mut("parameters"));
                        if let Some(body) = op.get_mut("requestBody") {
                            fix(body);
                        }
                        fix_responses(op.get_mut("responses"));
                    }
                }
            }
        }
    }
    if let Some(components) = doc.get_mut("components") {
        fix_map(components.get_mut("parameters"));
        fix_map(components.get_mut("headers"));
        fix_map(components.get_mut("requestBodies"));
        fix_responses(components.get_mut("responses"));
    }
}

/// Operation ids as Swagger tools (springfox) and hand-written exports leave them:
/// `queryFeeUsingPOST_1` → `queryFee`; an id that is a sentence (`retrieve the status of a
/// payment`) is no name at all, so it becomes the summary when there is none and is dropped.
fn tidy_operation_ids(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(paths)) = doc.get_mut("paths") else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Value::Object(item) = item else { continue };
        for (method, op) in item.iter_mut() {
            let Value::Object(op) = op else { continue };
            let Some(Value::String(id)) = op.get("operationId").cloned() else {
                continue;
            };
            let trimmed = id.trim();
            if trimmed.contains(char::is_whitespace) {
                op.shift_remove("operationId");
                let has_summary = op
                    .get("summary")
                    .and_then(Value::as_str)
                    .is_some_and(|s| !s.trim().is_empty());
                if !has_summary {
                    op.insert("summary".into(), Value::String(trimmed.to_owned()));
                }
                diagnostics.push(Diagnostic::note(
                    Location::pointer(format!(
                        "#/paths/{}/{method}/operationId",
                        escape_pointer_segment(path)
                    )),
                    format!("operationId `{trimmed}` is a sentence, not a name; it is read as the summary"),
                ).with_kind(DiagnosticKind::Spelling));
                continue;
            }
            let stripped = strip_springfox_suffix(trimmed);
            if stripped != id {
                op.insert("operationId".into(), Value::String(stripped.to_owned()));
            }
        }
    }
}

/// How Apifox users mark a field the API does not implement yet, in its description.
const NOT_IMPLEMENTED_MARKERS: [&str; 3] = ["（未实现）", "(未实现)", "未实现"];

/// What [`extensions::NOT_IMPLEMENTED`] says for a marked description.
const NOT_IMPLEMENTED_SOURCE: &str = "the reference marks this field 未实现";

/// A description with a not-implemented marker (`（未实现）`, `(未实现)`, `未实现`): the marker
/// leaves the description (the description too when nothing else is left) and the object gets
/// [`extensions::NOT_IMPLEMENTED`], so the model documents it in words of its own.
fn not_implemented_marker(node: &mut Value) {
    let Value::Object(map) = node else { return };
    let Some(Value::String(description)) = map.get("description") else {
        return;
    };
    if !NOT_IMPLEMENTED_MARKERS
        .iter()
        .any(|m| description.contains(m))
    {
        return;
    }
    let rest = NOT_IMPLEMENTED_MARKERS
        .iter()
        .fold(description.clone(), |d, m| d.replace(m, ""));
    let rest = rest.trim();
    if rest.is_empty() {
        map.shift_remove("description");
    } else {
        let rest = rest.to_owned();
        map.insert("description".into(), Value::String(rest));
    }
    map.insert(
        extensions::NOT_IMPLEMENTED.into(),
        Value::String(NOT_IMPLEMENTED_SOURCE.into()),
    );
}

/// Renames `from` to `to` in an object, in place (the key keeps its position).
fn rename_key(node: &mut Value, from: &str, to: &str) {
    let Value::Object(map) = node else { return };
    if !map.contains_key(from) {
        return;
    }
    *map = std::mem::take(map)
        .into_iter()
        .map(|(k, v)| {
            if k == from {
                (to.to_owned(), v)
            } else {
                (k, v)
            }
        })
        .collect();
}

/// Apifox's `x-apifox-folder` on an operation is the neutral [`extensions::OPERATION_FOLDER`].
fn operation_folders(doc: &mut Value) {
    let Some(Value::Object(paths)) = doc.get_mut("paths") else {
        return;
    };
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for (method, op) in item.iter_mut() {
            if METHODS.contains(&method.as_str()) {
                rename_key(op, "x-apifox-folder", extensions::OPERATION_FOLDER);
            }
        }
    }
}

/// `listUsingGET` → `list`, `queryUsingPOST_1` → `query` (springfox's generated ids).
fn strip_springfox_suffix(id: &str) -> &str {
    let Some(at) = id.rfind("Using") else {
        return id;
    };
    let (stem, rest) = id.split_at(at);
    let rest = &rest["Using".len()..];
    let method = rest.split('_').next().unwrap_or_default();
    let counter = &rest[method.len()..];
    let methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];
    let counter_ok = counter.is_empty()
        || counter
            .strip_prefix('_')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    if !stem.is_empty() && methods.contains(&method) && counter_ok {
        stem
    } else {
        id
    }
}

/// `allOf: [{$ref: Base}]` with `required: [id]` where `id` is one of Base's optional
/// properties: the requirement applies to the combined object, so `id` is copied into the
/// schema's own `properties` (the component stays as it is; optional properties elsewhere are
/// made nullable by a later pass, which would otherwise override this `required`).
fn require_inherited(schema: &mut Value, doc: &Value) {
    let Value::Object(map) = schema else { return };
    let (Some(Value::Array(all_of)), Some(Value::Array(required))) =
        (map.get("allOf"), map.get("required"))
    else {
        return;
    };
    let own: HashSet<&str> = map
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let missing: Vec<String> = required
        .iter()
        .filter_map(Value::as_str)
        .filter(|n| !own.contains(n))
        .map(str::to_owned)
        .collect();
    if missing.is_empty() {
        return;
    }
    let mut found = Map::new();
    let mut stack: Vec<(&Value, usize)> = all_of.iter().rev().map(|m| (m, 0)).collect();
    while let Some((member, depth)) = stack.pop() {
        if depth > MAX_REF_CHAIN {
            break;
        }
        let member = match member.get("$ref").and_then(Value::as_str) {
            Some(r) => match ref_segments(r).and_then(|segs| refs::find(doc, &segs).ok()) {
                Some(found) => found.value,
                None => continue,
            },
            None => member,
        };
        if let Some(Value::Object(props)) = member.get("properties") {
            for name in &missing {
                if let Some(prop) = props.get(name) {
                    found.insert(name.clone(), prop.clone());
                }
            }
        }
        if let Some(Value::Array(inner)) = member.get("allOf") {
            stack.extend(inner.iter().rev().map(|m| (m, depth + 1)));
        }
    }
    if found.is_empty() {
        return;
    }
    let props = map
        .entry("properties")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(props) = props {
        for (name, prop) in found {
            props.entry(name).or_insert(prop);
        }
    }
}

/// Drops properties with a blank name: the empty row Apifox's editor leaves in a model
/// (`'': {type: string}`, often also `required`) names no field any payload can have.
fn drop_blank_properties(schema: &mut Value, pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Value::Object(map) = schema else { return };
    let Some(Value::Object(props)) = map.get_mut("properties") else {
        return;
    };
    let before = props.len();
    props.retain(|name, _| !name.trim().is_empty());
    if props.len() == before {
        return;
    }
    for key in ["required", "x-apifox-orders"] {
        if let Some(Value::Array(names)) = map.get_mut(key) {
            names.retain(|n| n.as_str().is_none_or(|n| !n.trim().is_empty()));
        }
    }
    diagnostics.push(
        Diagnostic::note(
            Location::pointer(pointer),
            "a property with an empty name (an empty row of Apifox's editor) is ignored",
        )
        .with_kind(DiagnosticKind::Spelling),
    );
}

/// Expands `x-apifox-refs` (inheritance with overrides) into plain OpenAPI: each entry is
/// read ([`inherited_entry`]), then the schema becomes the one reference it uses as is
/// ([`reference_as_is`]) or an object of the merged properties ([`derived_object`]).
fn expand_apifox_refs(
    schema: &mut Value,
    pointer: &str,
    doc: &Value,
    diagnostics: &mut Vec<Diagnostic>,
    depth: usize,
) -> Result<()> {
    let Value::Object(map) = schema else {
        return Ok(());
    };
    let Some(refs) = map.get("x-apifox-refs").cloned() else {
        return Ok(());
    };
    if refs.as_object().is_some_and(|r| r.is_empty()) {
        // `x-apifox-refs: {}`: nothing is inherited; the schema is what it says.
        map.shift_remove("x-apifox-refs");
        return Ok(());
    }
    let Value::Object(refs) = refs else {
        return Err(Error::Invalid {
            location: Location::pointer(format!("{pointer}/x-apifox-refs")),
            message: "`x-apifox-refs` must be a mapping of ids to references".into(),
        });
    };
    if depth > MAX_REF_CHAIN {
        return Err(Error::CyclicRef {
            location: Location::pointer(pointer),
            chain: "x-apifox-refs inherit from themselves".into(),
        });
    }
    let string_list = |key: &str| string_list(map.get(key));
    let orders = string_list("x-apifox-orders");
    let ignored: HashSet<String> = string_list("x-apifox-ignore-properties")
        .into_iter()
        .collect();
    let own_props: Map<String, Value> = map
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| {
            p.iter()
                .filter(|(k, _)| !ignored.contains(*k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    let own_required = string_list("required");

    let mut inherited: Vec<(String, Inherited)> = Vec::new();
    for (id, entry) in &refs {
        inherited.push((id.clone(), inherited_entry(id, entry, pointer, doc, depth)?));
    }

    let description = map.get("description").cloned();
    let single_removal_only = inherited.len() == 1
        && inherited[0].1.reference.is_some()
        && own_props.is_empty()
        && own_required.is_empty()
        && inherited[0].1.replaced.is_empty();
    if single_removal_only {
        *schema = reference_as_is(&inherited[0].1, description, pointer, diagnostics);
        return Ok(());
    }

    let (properties, required) = merge_properties(&inherited, &orders, &own_props, own_required);
    let out = derived_object(
        map,
        properties,
        required,
        &inherited,
        &own_props,
        pointer,
        diagnostics,
    );
    *schema = Value::Object(out);
    Ok(())
}

/// One `x-apifox-refs` entry read: the model it inherits, after its overrides.
struct Inherited {
    name: String,
    /// The inherited component, or `None` for a model written out in place.
    reference: Option<String>,
    properties: Map<String, Value>,
    required: Vec<String>,
    removed: Vec<String>,
    replaced: Vec<String>,
}

/// Reads one `x-apifox-refs` entry: the model it names (expanded first, as it may inherit
/// too) with its `x-apifox-overrides` applied and its extra `required` added.
fn inherited_entry(
    id: &str,
    entry: &Value,
    pointer: &str,
    doc: &Value,
    depth: usize,
) -> Result<Inherited> {
    let entry_pointer = format!("{pointer}/x-apifox-refs/{}", escape_pointer_segment(id));
    let (name, reference, mut target) = inherited_target(id, entry, &entry_pointer, doc)?;
    // The target may itself inherit; expand it first.
    expand_apifox_refs(
        &mut target,
        reference.as_deref().unwrap_or(&entry_pointer),
        doc,
        &mut Vec::new(),
        depth + 1,
    )?;
    let mut properties = target
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut required: Vec<String> = string_list(target.get("required"));
    let (mut removed, mut replaced) = (Vec::new(), Vec::new());
    if let Some(Value::Object(overrides)) = entry.get("x-apifox-overrides") {
        for (prop, value) in overrides {
            if value.is_null() {
                properties.shift_remove(prop);
                removed.push(prop.clone());
            } else {
                properties.insert(prop.clone(), value.clone());
                replaced.push(prop.clone());
            }
        }
    }
    let removed_required: Vec<String> = removed
        .iter()
        .filter(|r| required.contains(r))
        .cloned()
        .collect();
    required.retain(|r| !removed.contains(r));
    if let Some(Value::Array(extra)) = entry.get("required") {
        required.extend(extra.iter().filter_map(|v| v.as_str().map(str::to_owned)));
    }
    if !removed_required.is_empty() {
        replaced.extend(removed_required.iter().map(|r| format!("{r} (required)")));
    }
    Ok(Inherited {
        name,
        reference,
        properties,
        required,
        removed,
        replaced,
    })
}

/// The model an `x-apifox-refs` entry inherits: (its name, the canonical reference or
/// `None` for a model written out in place, the model).
fn inherited_target(
    id: &str,
    entry: &Value,
    entry_pointer: &str,
    doc: &Value,
) -> Result<(String, Option<String>, Value)> {
    // An entry is a `$ref` to the inherited model, or (when Apifox writes the model out
    // in place, as it does for models of another project or ones since deleted) the
    // model itself: `type`/`properties`/`required` next to the `x-apifox-overrides`.
    Ok(match entry.get("$ref") {
        Some(Value::String(reference)) => {
            let segments = ref_segments(reference).unwrap_or_default();
            let target = match refs::find(doc, &segments) {
                Ok(found) => found.value,
                Err(e) => return Err(e.at(reference, entry_pointer)),
            };
            (
                segments.last().cloned().unwrap_or_default(),
                Some(canonical_ref(&segments)),
                target.clone(),
            )
        }
        Some(other) => {
            return Err(Error::Invalid {
                location: Location::pointer(format!("{entry_pointer}/$ref")),
                message: format!("`$ref` must be a string, found {other}"),
            })
        }
        None => {
            let Value::Object(inline) = entry else {
                return Err(Error::Invalid {
                    location: Location::pointer(entry_pointer),
                    message:
                        "an `x-apifox-refs` entry must be a mapping (a `$ref` or an inline model)"
                            .into(),
                });
            };
            let mut inline = inline.clone();
            inline.shift_remove("x-apifox-overrides");
            (format!("inline model {id}"), None, Value::Object(inline))
        }
    })
}

/// The schema of one inherited reference whose overrides only remove optional properties:
/// that reference as is (with the schema's description), and a note naming the removals.
fn reference_as_is(
    inh: &Inherited,
    description: Option<Value>,
    pointer: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Value {
    let mut replacement = Map::new();
    replacement.insert(
        "$ref".into(),
        Value::String(inh.reference.clone().unwrap_or_default()),
    );
    if let Some(d) = description {
        replacement.insert("description".into(), d);
    }
    if !inh.removed.is_empty() {
        diagnostics.push(
            Diagnostic::note(
                Location::pointer(pointer),
                format!(
                    "uses `{}` as is: x-apifox-overrides only remove optional properties ({})",
                    inh.name,
                    inh.removed.join(", ")
                ),
            )
            .with_kind(DiagnosticKind::Inheritance),
        );
    }
    Value::Object(replacement)
}

/// The derived object's properties and `required`: in `x-apifox-orders` order with each
/// inherited model spliced in at its id, then the unordered models, then the own properties;
/// `required` keeps the properties that remain, once each.
fn merge_properties(
    inherited: &[(String, Inherited)],
    orders: &[String],
    own_props: &Map<String, Value>,
    own_required: Vec<String>,
) -> (Map<String, Value>, Vec<String>) {
    // Build the expanded object: properties in x-apifox-orders order, refs spliced in place.
    let mut properties = Map::new();
    let mut required: Vec<String> = Vec::new();
    let mut used_refs = HashSet::new();
    for key in orders {
        if let Some((_, inh)) = inherited.iter().find(|(id, _)| id == key) {
            used_refs.insert(key.clone());
            for (k, v) in &inh.properties {
                properties.entry(k.clone()).or_insert_with(|| v.clone());
            }
            required.extend(inh.required.iter().cloned());
        } else if let Some(v) = own_props.get(key) {
            properties.insert(key.clone(), v.clone());
        }
    }
    for (id, inh) in inherited {
        if !used_refs.contains(id) {
            for (k, v) in &inh.properties {
                properties.entry(k.clone()).or_insert_with(|| v.clone());
            }
            required.extend(inh.required.iter().cloned());
        }
    }
    for (k, v) in own_props {
        properties.entry(k.clone()).or_insert_with(|| v.clone());
    }
    required.extend(own_required);
    let mut seen = HashSet::new();
    required.retain(|r| properties.contains_key(r) && seen.insert(r.clone()));
    (properties, required)
}

/// The expanded object: the schema's other keys, `type: object`, the merged properties and
/// `required`, and `x-derived-from` naming the models; warns with the changes made.
fn derived_object(
    map: &Map<String, Value>,
    properties: Map<String, Value>,
    required: Vec<String>,
    inherited: &[(String, Inherited)],
    own_props: &Map<String, Value>,
    pointer: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Map<String, Value> {
    let mut out = Map::new();
    for (k, v) in map.iter() {
        if matches!(
            k.as_str(),
            "x-apifox-refs"
                | "x-apifox-orders"
                | "x-apifox-ignore-properties"
                | "properties"
                | "required"
        ) {
            continue;
        }
        out.insert(k.clone(), v.clone());
    }
    out.insert("type".into(), Value::String("object".into()));
    out.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        out.insert(
            "required".into(),
            Value::Array(required.into_iter().map(Value::String).collect()),
        );
    }
    let names: Vec<&str> = inherited.iter().map(|(_, i)| i.name.as_str()).collect();
    out.insert(
        "x-derived-from".into(),
        Value::Array(names.iter().map(|n| Value::String((*n).into())).collect()),
    );
    let changes: Vec<String> = inherited
        .iter()
        .flat_map(|(_, i)| {
            i.removed
                .iter()
                .map(|r| format!("-{r}"))
                .chain(i.replaced.iter().map(|r| format!("~{r}")))
        })
        .chain(own_props.keys().map(|k| format!("+{k}")))
        .collect();
    diagnostics.push(
        Diagnostic::warning(
            Location::pointer(pointer),
            format!(
                "derived type made from `{}` with changes [{}]",
                names.join("`, `"),
                changes.join(", ")
            ),
        )
        .with_kind(DiagnosticKind::Inheritance),
    );
    out
}

/// Reorders `properties` by `x-apifox-orders` and drops Apifox's bookkeeping keys.
fn apply_orders(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    let orders: Vec<String> = string_list(map.get("x-apifox-orders"));
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        let mut ordered = Map::new();
        for key in &orders {
            if let Some(v) = props.shift_remove(key) {
                ordered.insert(key.clone(), v);
            }
        }
        for (k, v) in std::mem::take(props) {
            ordered.insert(k, v);
        }
        *props = ordered;
    }
    map.shift_remove("x-apifox-orders");
    map.shift_remove("x-apifox-ignore-properties");
}

/// Schema keywords that shape a value (as opposed to annotating it); beside a `$ref` the loader
/// drops them.
pub(crate) const STRUCTURAL_KEYWORDS: &[&str] = &[
    "type",
    "properties",
    "required",
    "items",
    "additionalProperties",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "enum",
    "format",
    "x-apifox-orders",
    "x-apifox-ignore-properties",
    "x-apifox-refs",
];

/// `{$ref, description}` → `{allOf: [{$ref}], description}`: OpenAPI 3.0 ignores siblings
/// of `$ref`, but Apifox puts the field's documentation there.
fn wrap_ref_siblings(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    if map.len() < 2 || !map.contains_key("$ref") {
        return;
    }
    // OpenAPI 3.0 ignores a `$ref`'s siblings; Apifox writes a resolved copy of the target
    // (`properties`, `required`, ...) next to the `$ref`, which must not shadow the component
    // (an inline copy would lose its enums and named types). Annotations are kept.
    map.retain(|k, _| k == "$ref" || !STRUCTURAL_KEYWORDS.contains(&k.as_str()));
    if map.len() < 2 {
        return;
    }
    let reference = map.shift_remove("$ref").unwrap_or(Value::Null);
    let mut inner = Map::new();
    inner.insert("$ref".into(), reference);
    let mut wrapped = Map::new();
    wrapped.insert("allOf".into(), Value::Array(vec![Value::Object(inner)]));
    for (k, v) in std::mem::take(map) {
        wrapped.insert(k, v);
    }
    *map = wrapped;
}

/// Optional properties accept `null`: the API sends it for absent values.
/// Whether the document is an Apifox export: one of its operations or component schemas
/// carries an `x-apifox-*` extension (every export marks each operation's folder and status,
/// and each object schema's property order).
fn is_apifox_export(doc: &Value) -> bool {
    let has_apifox_key = |node: &Value| {
        node.as_object()
            .is_some_and(|o| o.keys().any(|k| k.starts_with("x-apifox")))
    };
    let operations = doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| METHODS.iter().filter_map(|m| item.get(*m)));
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|schemas| schemas.values());
    has_apifox_key(doc) || operations.chain(schemas).any(has_apifox_key)
}

/// The strings of a JSON array (`required`, `x-apifox-orders`); none for anything else.
fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn mark_optional_nullable(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    let required: HashSet<String> = string_list(map.get("required")).into_iter().collect();
    let Some(Value::Object(props)) = map.get_mut("properties") else {
        return;
    };
    for (name, prop) in props.iter_mut() {
        if required.contains(name) {
            continue;
        }
        let Value::Object(p) = prop else { continue };
        if p.contains_key("$ref") {
            p.retain(|k, _| k == "$ref" || !STRUCTURAL_KEYWORDS.contains(&k.as_str()));
            let reference = p.shift_remove("$ref").unwrap_or(Value::Null);
            let mut inner = Map::new();
            inner.insert("$ref".into(), reference);
            p.insert("allOf".into(), Value::Array(vec![Value::Object(inner)]));
        }
        // An enum is not given a `null` value as well: Prism (through its JSON Schema
        // validator) stops validating the whole request body when an enum lists `null`, and it
        // accepts `null` for a `nullable` enum without it. The generated decoder reads `null`
        // as absent either way.
        //
        // Nor is a `oneOf`/`anyOf` without a `type` (`off_session: oneOf [boolean, string]`):
        // beside no `type`, `nullable` makes Prism skip the whole body as silently. Its first
        // alternative with a `type` of its own takes `nullable` instead, so `null` matches
        // exactly one alternative (and `oneOf` still holds); the property stays optional in
        // Rust, where `null` reads as absent.
        if !p.contains_key("type") {
            let alternative = ["oneOf", "anyOf"]
                .iter()
                .filter_map(|k| p.get(*k))
                .next()
                .and_then(Value::as_array)
                .and_then(|alts| {
                    alts.iter()
                        .position(|a| a.get("type").is_some() && a.get("$ref").is_none())
                });
            if let Some(i) = alternative {
                let key = if p.contains_key("oneOf") {
                    "oneOf"
                } else {
                    "anyOf"
                };
                if let Some(Value::Object(alt)) = p
                    .get_mut(key)
                    .and_then(Value::as_array_mut)
                    .and_then(|alts| alts.get_mut(i))
                {
                    alt.insert("nullable".into(), Value::Bool(true));
                }
                continue;
            }
        }
        p.insert("nullable".into(), Value::Bool(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::schema_ref_name;
    use serde_json::json;

    #[test]
    fn springfox_suffixes_are_stripped() {
        assert_eq!(strip_springfox_suffix("queryFeeUsingPOST"), "queryFee");
        assert_eq!(strip_springfox_suffix("listUsingGET_1"), "list");
        assert_eq!(strip_springfox_suffix("UsingGET"), "UsingGET");
        assert_eq!(strip_springfox_suffix("causingTrouble"), "causingTrouble");
        assert_eq!(strip_springfox_suffix("fooUsingBar"), "fooUsingBar");
    }

    #[test]
    fn json_schema_spellings_become_openapi_30() {
        let mut s = json!({"type": ["string", "null"], "const": "x", "exclusiveMinimum": 3, "examples": ["a"]});
        json_schema_compat(&mut s);
        assert_eq!(
            s,
            json!({"nullable": true, "type": "string", "enum": ["x"], "exclusiveMinimum": true, "minimum": 3, "example": "a"})
        );
        let mut s = json!({"type": ["integer", "string"]});
        json_schema_compat(&mut s);
        assert_eq!(
            s,
            json!({"anyOf": [{"type": "integer"}, {"type": "string"}]})
        );
    }

    #[test]
    fn refs_are_percent_decoded_and_canonical() {
        assert_eq!(
            schema_ref_name("#/components/schemas/Dispute%20Evidence").as_deref(),
            Some("Dispute Evidence")
        );
        assert_eq!(
            canonical_ref(&["components", "schemas", "Dispute Evidence"]),
            "#/components/schemas/Dispute%20Evidence"
        );
    }

    #[test]
    fn removal_of_optional_properties_reuses_the_component() {
        let doc = json!({
            "openapi": "3.0.1",
            "paths": {"/x": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": {
                "type": "object",
                "x-apifox-refs": {"01": {"$ref": "#/components/schemas/A", "x-apifox-overrides": {"b": null}}},
                "x-apifox-orders": ["01"],
                "properties": {"a": {"type": "string"}},
                "x-apifox-ignore-properties": ["a"]
            }}}}}}}},
            "components": {"schemas": {"A": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}}}
        });
        let mut diags = Vec::new();
        let out = normalize(doc, &mut diags).unwrap();
        let schema =
            &out["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(schema, &json!({"$ref": "#/components/schemas/A"}));
        assert!(
            diags[0]
                .message
                .contains("only remove optional properties (b)"),
            "{diags:?}"
        );
    }

    #[test]
    fn removal_of_a_required_property_derives_a_type() {
        let doc = json!({
            "openapi": "3.0.1",
            "paths": {},
            "components": {"schemas": {
                "A": {"type": "object", "required": ["b"], "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
                "B": {"type": "object", "x-apifox-refs": {"01": {"$ref": "#/components/schemas/A", "x-apifox-overrides": {"b": null}}},
                      "x-apifox-orders": ["01", "c"], "properties": {"a": {"type": "string"}, "c": {"type": "integer"}}, "x-apifox-ignore-properties": ["a"]}
            }}
        });
        let mut diags = Vec::new();
        let out = normalize(doc, &mut diags).unwrap();
        let b = &out["components"]["schemas"]["B"];
        assert_eq!(
            b["properties"]
                .as_object()
                .unwrap()
                .keys()
                .collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert!(
            diags.iter().any(|d| d.message.contains("derived type")),
            "{diags:?}"
        );
    }

    #[test]
    fn ref_with_description_is_wrapped_and_optional_fields_are_nullable() {
        let doc = json!({"openapi": "3.0.1", "paths": {}, "components": {"schemas": {
            "E": {"type": "object"},
            "D": {"type": "object", "properties": {"e": {"description": "doc", "$ref": "#/components/schemas/E"}, "s": {"type": "string", "enum": ["a"]}}, "x-apifox-orders": ["e", "s"]}
        }}});
        let out = normalize(doc, &mut Vec::new()).unwrap();
        let e = &out["components"]["schemas"]["D"]["properties"]["e"];
        assert_eq!(
            e,
            &json!({"allOf": [{"$ref": "#/components/schemas/E"}], "description": "doc", "nullable": true})
        );
        // Nullable, with the enum left as it is (Prism stops validating bodies whose enums
        // list `null`).
        let s = &out["components"]["schemas"]["D"]["properties"]["s"];
        assert_eq!(s["enum"], json!(["a"]));
        assert_eq!(s["nullable"], json!(true));
    }

    #[test]
    fn unresolved_and_cyclic_refs_are_errors() {
        let doc = json!({"openapi": "3.0.1", "paths": {}, "components": {"schemas": {"A": {"$ref": "#/components/schemas/Nope"}}}});
        let err = normalize(doc, &mut Vec::new()).unwrap_err();
        assert!(
            err.to_string().contains("#/components/schemas/A/$ref"),
            "{err}"
        );
        let doc = json!({"openapi": "3.0.1", "paths": {}, "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}});
        let err = normalize(doc, &mut Vec::new()).unwrap_err();
        assert!(matches!(err, Error::CyclicRef { .. }), "{err}");
    }

    #[test]
    fn not_implemented_markers_become_the_neutral_extension() {
        let doc = json!({
            "openapi": "3.0.1",
            "paths": {"/x": {"get": {
                "parameters": [{"name": "q", "in": "query", "description": "Filter (未实现)", "schema": {"type": "string"}}],
                "responses": {}
            }}},
            "components": {"schemas": {
                "A": {"type": "object", "properties": {
                    "a": {"type": "string", "description": "（未实现）"},
                    "b": {"$ref": "#/components/schemas/B", "description": "Reason. 未实现"},
                    "c": {"type": "string", "description": "Implemented."}
                }},
                "B": {"type": "string"}
            }}
        });
        let out = normalize(doc, &mut Vec::new()).unwrap();
        let note = json!("the reference marks this field 未实现");
        let a = &out["components"]["schemas"]["A"]["properties"];
        assert_eq!(
            a["a"],
            json!({"type": "string", "x-codegen-not-implemented": note})
        );
        assert_eq!(a["b"]["description"], "Reason.");
        assert_eq!(a["b"][extensions::NOT_IMPLEMENTED], note);
        assert_eq!(a["b"]["allOf"], json!([{"$ref": "#/components/schemas/B"}]));
        assert!(a["c"].get(extensions::NOT_IMPLEMENTED).is_none(), "{a}");
        let q = &out["paths"]["/x"]["get"]["parameters"][0];
        assert_eq!(q["description"], "Filter");
        assert_eq!(q[extensions::NOT_IMPLEMENTED], note);
    }
}
