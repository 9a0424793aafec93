//! Schema values the OpenAPI 3.0 model cannot read but whose meaning is plain, turned into
//! what they mean before the document is read, each with a located diagnostic:
//!
//! - boolean schemas (JSON Schema, OpenAPI 3.1): `true` accepts any value and becomes `{}`
//!   (any JSON value); a property whose schema is `false` must not be present and is left out
//!   of its object; `false` elsewhere is read as what it forbids where that is expressible
//!   (`items: false`: an empty array; an alternative `false`: no alternative);
//! - annotation and validation keywords of the wrong JSON type (`pattern: 0`,
//!   `maxLength: "ten"`): the keyword is ignored (a number written as a string is read as the
//!   number). Keywords that decide the type (`type`, `enum`, `properties`, `items`, ...) are
//!   not touched: a wrong one stays an error;
//! - callbacks, which the generator does not generate (the client does not serve the requests
//!   an API makes back): left out with a note, so that what openapiv3 cannot read in them
//!   (a `$ref` to `#/components/callbacks/*`) does not refuse the spec.

use serde_json::{Map, Value};

use crate::error::{escape_pointer_segment, Construct, Diagnostic, DiagnosticKind, Location};
use crate::load::walk::METHODS;

fn at(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", escape_pointer_segment(key))
}

fn any_value_note(pointer: &str) -> Diagnostic {
    Diagnostic::note(
        Location::pointer(pointer),
        "the boolean schema `true` accepts any value; typed as any JSON value",
    )
    .with_kind(DiagnosticKind::BooleanSchema)
}

/// Rewrites the boolean schemas of `schema` (the schema itself, and its direct subschemas) into
/// the schema objects that mean the same, or removes them where that is what they mean.
/// Called on every schema before its subschemas are visited.
pub(crate) fn boolean_schemas(
    schema: &mut Value,
    pointer: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match schema {
        Value::Bool(true) => {
            diagnostics.push(any_value_note(pointer));
            *schema = Value::Object(Map::new());
            return;
        }
        Value::Bool(false) => {
            diagnostics.push(Diagnostic::warning(
                Location::pointer(pointer),
                "the boolean schema `false` accepts no value, which a Rust type cannot say; typed as any JSON value",
            ).with_kind(DiagnosticKind::BooleanSchema));
            *schema = Value::Object(Map::new());
            return;
        }
        _ => {}
    }
    let Value::Object(map) = schema else { return };
    // Properties that must not be present are left out of the object (and of `required`).
    let mut absent = Vec::new();
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        let base = at(pointer, "properties");
        properties.retain(|name, property| match property {
            Value::Bool(false) => {
                diagnostics.push(Diagnostic::warning(
                    Location::pointer(at(&base, name)),
                    format!("property `{name}` has the schema `false`: it must not be present, and is left out"),
                ).with_kind(DiagnosticKind::BooleanSchema));
                absent.push(name.clone());
                false
            }
            _ => true,
        });
    }
    if !absent.is_empty() {
        if let Some(Value::Array(required)) = map.get_mut("required") {
            required.retain(|r| !r.as_str().is_some_and(|r| absent.iter().any(|a| a == r)));
        }
    }
    // `items: false`: no item is valid, so the array is empty.
    if let Some(Value::Bool(b)) = map.get("items").cloned() {
        map.insert("items".into(), Value::Object(Map::new()));
        if b {
            diagnostics.push(any_value_note(&at(pointer, "items")));
        } else {
            map.insert("maxItems".into(), Value::from(0));
            diagnostics.push(
                Diagnostic::note(
                    Location::pointer(at(pointer, "items")),
                    "`items: false` allows no item: the array is empty (`maxItems: 0`)",
                )
                .with_kind(DiagnosticKind::BooleanSchema),
            );
        }
    }
    // `not: true` rejects every value, `not: false` none; neither is a type.
    if let Some(Value::Bool(b)) = map.get("not").cloned() {
        map.shift_remove("not");
        diagnostics.push(
            Diagnostic::note(
                Location::pointer(at(pointer, "not")),
                format!("`not: {b}` is ignored"),
            )
            .with_kind(DiagnosticKind::BooleanSchema),
        );
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        let Some(Value::Array(members)) = map.get_mut(key) else {
            continue;
        };
        if !members.iter().any(Value::is_boolean) {
            continue;
        }
        let base = at(pointer, key);
        let mut kept = Vec::with_capacity(members.len());
        for (n, member) in std::mem::take(members).into_iter().enumerate() {
            let p = format!("{base}/{n}");
            match (key, &member) {
                // Every value satisfies `true`: as a member of allOf it adds nothing.
                ("allOf", Value::Bool(true)) => diagnostics.push(
                    Diagnostic::note(
                        Location::pointer(p),
                        "`true` in allOf adds nothing; left out",
                    )
                    .with_kind(DiagnosticKind::BooleanSchema),
                ),
                // No value satisfies `false`: as an alternative it is never chosen.
                (_, Value::Bool(false)) if key != "allOf" => diagnostics.push(
                    Diagnostic::note(
                        Location::pointer(p),
                        format!("`false` in {key} is an alternative no value takes; left out"),
                    )
                    .with_kind(DiagnosticKind::BooleanSchema),
                ),
                _ => kept.push(member),
            }
        }
        if kept.is_empty() {
            map.shift_remove(key);
        } else {
            map.insert(key.into(), Value::Array(kept));
        }
    }
}

/// What a keyword's value must be.
#[derive(Clone, Copy)]
enum Expected {
    String,
    Boolean,
    /// A non-negative integer (`maxLength`).
    Count,
    Number,
}

impl Expected {
    fn describe(self) -> &'static str {
        match self {
            Expected::String => "a string",
            Expected::Boolean => "a boolean",
            Expected::Count => "a non-negative integer",
            Expected::Number => "a number",
        }
    }
}

/// Annotation and validation keywords that do not decide the Rust type, with the JSON type
/// OpenAPI 3.0 gives them (`exclusiveMinimum`/`exclusiveMaximum` after 3.1's numeric bounds
/// are translated).
const KEYWORDS: [(&str, Expected); 20] = [
    ("title", Expected::String),
    ("description", Expected::String),
    ("pattern", Expected::String),
    ("format", Expected::String),
    ("nullable", Expected::Boolean),
    ("readOnly", Expected::Boolean),
    ("writeOnly", Expected::Boolean),
    ("deprecated", Expected::Boolean),
    ("uniqueItems", Expected::Boolean),
    ("exclusiveMinimum", Expected::Boolean),
    ("exclusiveMaximum", Expected::Boolean),
    ("minLength", Expected::Count),
    ("maxLength", Expected::Count),
    ("minItems", Expected::Count),
    ("maxItems", Expected::Count),
    ("minProperties", Expected::Count),
    ("maxProperties", Expected::Count),
    ("minimum", Expected::Number),
    ("maximum", Expected::Number),
    ("multipleOf", Expected::Number),
];

/// `value` as the keyword takes it: itself when it fits, the number a numeric string spells,
/// or `None` (the keyword is ignored). `integer` says the schema is `type: integer`, whose
/// bounds are integers.
fn fitted(value: &Value, expected: Expected, integer: bool) -> Option<Value> {
    let number = |n: f64| -> Option<Value> {
        match expected {
            Expected::Count if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => {
                Some(Value::from(n as u64))
            }
            Expected::Number if integer && n.fract() == 0.0 && n.abs() < 9.0e15 => {
                Some(Value::from(n as i64))
            }
            Expected::Number if !integer && n.is_finite() => serde_json::Number::from_f64(n)
                .map(Value::Number)
                .filter(|v| v.as_f64() == Some(n)),
            _ => None,
        }
    };
    match (expected, value) {
        (Expected::String, Value::String(_)) | (Expected::Boolean, Value::Bool(_)) => {
            Some(value.clone())
        }
        (Expected::Count, Value::Number(n)) if n.is_u64() => Some(value.clone()),
        (Expected::Number, Value::Number(_)) => Some(value.clone()),
        (Expected::Count, Value::Number(n)) => n.as_f64().and_then(number),
        (Expected::Count | Expected::Number, Value::String(s)) => {
            s.trim().parse::<f64>().ok().and_then(number)
        }
        _ => None,
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

/// Annotation and validation keywords of `schema` whose value has the wrong JSON type are
/// ignored (a number written as a string is read as the number), each with a located warning.
pub(crate) fn keyword_types(schema: &mut Value, pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Value::Object(map) = schema else { return };
    if map.get("$ref").is_some_and(Value::is_string) {
        return;
    }
    let integer = map.get("type").and_then(Value::as_str) == Some("integer");
    for (key, expected) in KEYWORDS {
        let Some(value) = map.get(key) else { continue };
        let read = fitted(value, expected, integer);
        if read.as_ref() == Some(value) {
            continue;
        }
        let found = kind_of(value);
        let location = Location::pointer(at(pointer, key));
        match read {
            Some(read) => {
                diagnostics.push(
                    Diagnostic::warning(
                        location,
                        format!(
                            "`{key}` must be {}, found {found}; read as `{read}`",
                            expected.describe()
                        ),
                    )
                    .with_kind(DiagnosticKind::KeywordType),
                );
                map.insert(key.into(), read);
            }
            None => {
                diagnostics.push(
                    Diagnostic::warning(
                        location,
                        format!(
                            "`{key}` must be {}, found {found}; the keyword is ignored",
                            expected.describe()
                        ),
                    )
                    .with_kind(DiagnosticKind::KeywordType),
                );
                map.shift_remove(key);
            }
        }
    }
    for key in ["externalDocs", "xml"] {
        if map.get(key).is_some_and(|v| !v.is_object()) {
            let found = kind_of(&map[key]);
            diagnostics.push(
                Diagnostic::warning(
                    Location::pointer(at(pointer, key)),
                    format!("`{key}` must be a mapping, found {found}; the keyword is ignored"),
                )
                .with_kind(DiagnosticKind::KeywordType),
            );
            map.shift_remove(key);
        }
    }
    // `required` names properties: names that are not strings are ignored.
    if let Some(Value::Array(required)) = map.get_mut("required") {
        if required.iter().any(|r| !r.is_string()) {
            required.retain(Value::is_string);
            diagnostics.push(
                Diagnostic::warning(
                    Location::pointer(at(pointer, "required")),
                    "`required` must list property names (strings); the other entries are ignored",
                )
                .with_kind(DiagnosticKind::KeywordType),
            );
        }
    }
}

/// Removes the callbacks of every operation, and `components/callbacks`, with one note per
/// operation (and one for the components): the generator does not generate callbacks.
pub(crate) fn drop_callbacks(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Value::Object(root) = doc else { return };
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Value::Object(item) = item else { continue };
            for (method, operation) in item.iter_mut() {
                if !METHODS.contains(&method.as_str()) {
                    continue;
                }
                let Value::Object(operation) = operation else {
                    continue;
                };
                if operation.shift_remove("callbacks").is_some() {
                    let pointer = format!(
                        "#/paths/{}/{method}/callbacks",
                        escape_pointer_segment(path)
                    );
                    diagnostics.push(callbacks_note(pointer));
                }
            }
        }
    }
    if let Some(Value::Object(components)) = root.get_mut("components") {
        if components.shift_remove("callbacks").is_some() {
            diagnostics.push(callbacks_note("#/components/callbacks".into()));
        }
    }
}

fn callbacks_note(pointer: String) -> Diagnostic {
    Diagnostic::note(
        Location::pointer(pointer),
        "callbacks are not generated (the client does not serve the requests the API makes back); left out",
    )
    .with_kind(DiagnosticKind::Unsupported(Construct::Callbacks))
}
