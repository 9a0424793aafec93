//! Walks over the parts of a document that may hold a `$ref` (schemas, parameters, request
//! bodies, responses, headers, examples), never into example values; each node is given with
//! its JSON pointer. `x-` extension keys of `paths` and of `responses` are not path items or
//! responses and are passed over.

use serde_json::Value;

use crate::error::{escape_pointer_segment, Error, Location, Result};

/// Calls `f` on every node of the document that may hold a `$ref` (schemas, parameters,
/// request bodies, responses, headers, examples), never on example values.
pub(crate) fn visit_structure(
    doc: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    let Value::Object(root) = doc else {
        return Ok(());
    };
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            if path.starts_with("x-") {
                continue;
            }
            let p = format!("{pointer}/paths/{}", escape_pointer_segment(path));
            visit_path_item(item, &p, f)?;
        }
    }
    if let Some(Value::Object(components)) = root.get_mut("components") {
        for (section, entries) in components.iter_mut() {
            let Value::Object(entries) = entries else {
                continue;
            };
            for (name, entry) in entries.iter_mut() {
                let p = format!(
                    "{pointer}/components/{}/{}",
                    escape_pointer_segment(section),
                    escape_pointer_segment(name)
                );
                match section.as_str() {
                    "schemas" => visit_schema(entry, &p, f, 0)?,
                    "parameters" | "headers" => visit_parameter(entry, &p, f)?,
                    "requestBodies" | "responses" => visit_body(entry, &p, f)?,
                    "examples" => f(entry, &p)?,
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn visit_path_item(
    item: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    f(item, pointer)?;
    let Value::Object(item) = item else {
        return Ok(());
    };
    for (key, value) in item.iter_mut() {
        let p = format!("{pointer}/{}", escape_pointer_segment(key));
        if key == "parameters" {
            visit_parameters(value, &p, f)?;
        } else if METHODS.contains(&key.as_str()) {
            let Value::Object(op) = value else { continue };
            for (k, v) in op.iter_mut() {
                let p = format!("{p}/{}", escape_pointer_segment(k));
                match k.as_str() {
                    "parameters" => visit_parameters(v, &p, f)?,
                    "requestBody" => visit_body(v, &p, f)?,
                    "responses" => {
                        if let Value::Object(responses) = v {
                            for (code, response) in responses.iter_mut() {
                                if code.starts_with("x-") {
                                    continue;
                                }
                                visit_body(
                                    response,
                                    &format!("{p}/{}", escape_pointer_segment(code)),
                                    f,
                                )?;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

fn visit_parameters(
    list: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    if let Value::Array(items) = list {
        for (i, param) in items.iter_mut().enumerate() {
            visit_parameter(param, &format!("{pointer}/{i}"), f)?;
        }
    }
    Ok(())
}

fn visit_parameter(
    param: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    f(param, pointer)?;
    if let Value::Object(map) = param {
        if let Some(schema) = map.get_mut("schema") {
            visit_schema(schema, &format!("{pointer}/schema"), f, 0)?;
        }
        if let Some(content) = map.get_mut("content") {
            visit_content(content, &format!("{pointer}/content"), f)?;
        }
    }
    Ok(())
}

/// Request bodies and responses: `content.*.schema`, and response `headers`.
fn visit_body(
    body: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    f(body, pointer)?;
    if let Value::Object(map) = body {
        if let Some(content) = map.get_mut("content") {
            visit_content(content, &format!("{pointer}/content"), f)?;
        }
        if let Some(Value::Object(headers)) = map.get_mut("headers") {
            for (name, header) in headers.iter_mut() {
                visit_parameter(
                    header,
                    &format!("{pointer}/headers/{}", escape_pointer_segment(name)),
                    f,
                )?;
            }
        }
    }
    Ok(())
}

fn visit_content(
    content: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    if let Value::Object(media) = content {
        for (mime, entry) in media.iter_mut() {
            let p = format!("{pointer}/{}", escape_pointer_segment(mime));
            if let Value::Object(entry) = entry {
                if let Some(schema) = entry.get_mut("schema") {
                    visit_schema(schema, &format!("{p}/schema"), f, 0)?;
                }
                if let Some(Value::Object(examples)) = entry.get_mut("examples") {
                    for (name, example) in examples.iter_mut() {
                        f(
                            example,
                            &format!("{p}/examples/{}", escape_pointer_segment(name)),
                        )?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Deepest schema nesting followed; the loader's depth limit normally stops input sooner.
pub(crate) const MAX_SCHEMA_DEPTH: usize = 256;

/// Calls `f` on a schema, then on each of its subschemas (after `f` may have rewritten it).
pub(crate) fn visit_schema(
    schema: &mut Value,
    pointer: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
    depth: usize,
) -> Result<()> {
    if depth > MAX_SCHEMA_DEPTH {
        return Err(Error::Limit {
            location: Location::pointer(pointer),
            message: "schemas nested too deeply".into(),
        });
    }
    f(schema, pointer)?;
    let Value::Object(map) = schema else {
        return Ok(());
    };
    for (key, value) in map.iter_mut() {
        let p = format!("{pointer}/{}", escape_pointer_segment(key));
        match key.as_str() {
            "properties" => {
                if let Value::Object(props) = value {
                    for (name, prop) in props.iter_mut() {
                        visit_schema(
                            prop,
                            &format!("{p}/{}", escape_pointer_segment(name)),
                            f,
                            depth + 1,
                        )?;
                    }
                }
            }
            "items" | "not" | "additionalProperties" if value.is_object() => {
                visit_schema(value, &p, f, depth + 1)?;
            }
            "allOf" | "anyOf" | "oneOf" => {
                if let Value::Array(items) = value {
                    for (i, item) in items.iter_mut().enumerate() {
                        visit_schema(item, &format!("{p}/{i}"), f, depth + 1)?;
                    }
                }
            }
            "x-apifox-refs" => {
                if let Value::Object(refs) = value {
                    for (id, r) in refs.iter_mut() {
                        f(r, &format!("{p}/{}", escape_pointer_segment(id)))?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Like [`visit_structure`], but only schemas.
pub(crate) fn visit_structure_schemas(
    doc: &mut Value,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<()>,
) -> Result<()> {
    // Schemas are reached through the same walk; non-schema nodes are told apart by position,
    // so wrap `f` to skip parameters, bodies and responses themselves.
    let Value::Object(root) = doc else {
        return Ok(());
    };
    let mut schema_f = |node: &mut Value, pointer: &str| -> Result<()> {
        if is_schema_pointer(pointer) {
            f(node, pointer)
        } else {
            Ok(())
        }
    };
    let mut wrapper = Value::Object(std::mem::take(root));
    let result = visit_structure(&mut wrapper, "#", &mut schema_f);
    if let Value::Object(m) = wrapper {
        *root = m;
    }
    result
}

/// Whether a pointer produced by the walk addresses a schema (rather than a parameter,
/// body, response, header or example object).
pub(crate) fn is_schema_pointer(pointer: &str) -> bool {
    let segs: Vec<&str> = pointer.split('/').collect();
    if segs.len() >= 4 && segs[1] == "components" && segs[2] == "schemas" {
        return !segs.contains(&"x-apifox-refs");
    }
    segs.contains(&"schema") && !segs.contains(&"x-apifox-refs")
}
