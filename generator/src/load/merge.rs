//! Merging several OpenAPI documents (one per Apifox endpoint export) into one.

use serde_json::{Map, Value};

use crate::error::{escape_pointer_segment, pointer_of, Error, Location, Result};
use crate::error::{Diagnostic, DiagnosticKind};
use crate::load::{apifox, Sources};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Checks that a parsed file is an OpenAPI 3.0 document.
fn check_root(doc: &Value, file: &str) -> Result<()> {
    let Some(root) = doc.as_object() else {
        return Err(Error::Invalid {
            location: Location::file(file).with_pointer("#"),
            message: "the document is not a mapping (expected an OpenAPI object)".into(),
        });
    };
    if root.contains_key("apifoxProject") {
        return Err(Error::Unsupported {
            location: Location::file(file).with_pointer("#/apifoxProject"),
            message: "this is an Apifox project file (Apifox's own backup format), not an OpenAPI document; in Apifox open the project, choose Project settings → Export data (or the folder's `...` → Export), pick \"OpenAPI Spec\" version 3.0 or 3.1 as JSON or YAML, and give the generator that file".into(),
        });
    }
    if root.contains_key("swagger") {
        return Err(Error::Unsupported {
            location: Location::file(file).with_pointer("#/swagger"),
            message: "Swagger 2.0 documents are not supported; export OpenAPI 3.0 from Apifox"
                .into(),
        });
    }
    match root.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0") || v.starts_with("3.1") => Ok(()),
        Some(Value::String(v)) => Err(Error::Unsupported {
            location: Location::file(file).with_pointer("#/openapi"),
            message: format!("OpenAPI version {v}; only 3.0.x is supported"),
        }),
        Some(other) => Err(Error::Invalid {
            location: Location::file(file).with_pointer("#/openapi"),
            message: format!("`openapi` must be a version string, found {other}"),
        }),
        None => Err(Error::Invalid {
            location: Location::file(file).with_pointer("#"),
            message: "missing `openapi` version field; is this an OpenAPI document?".into(),
        }),
    }
}

/// The JSON pointer of the first place where `a` and `b` differ, below `base`.
pub fn first_difference(a: &Value, b: &Value, base: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                let p = format!("{base}/{}", escape_pointer_segment(k));
                match y.get(k) {
                    Some(vb) => {
                        if let Some(d) = first_difference(va, vb, &p) {
                            return Some(d);
                        }
                    }
                    None => return Some(p),
                }
            }
            y.keys()
                .find(|k| !x.contains_key(*k))
                .map(|k| format!("{base}/{}", escape_pointer_segment(k)))
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_difference(va, vb, &format!("{base}/{i}")) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| format!("{base}/{}", x.len().min(y.len())))
        }
        _ => (a != b).then(|| base.to_owned()),
    }
}

/// Keys that document a value without changing what it accepts or means: descriptions,
/// examples, and Apifox's editor bookkeeping (field order, folder, status, enum notes).
fn is_annotation(key: &str) -> bool {
    matches!(
        key,
        "description" | "summary" | "title" | "example" | "examples" | "externalDocs"
    ) || (key.starts_with("x-")
        && !matches!(
            key,
            "x-apifox-refs" | "x-apifox-overrides" | "x-apifox-ignore-properties"
        ))
}

/// Whether a `$ref`'s sibling means nothing to the loader: the keywords it drops there
/// (OpenAPI 3.0 ignores them and Apifox writes a resolved copy of the target there, see
/// [`apifox::STRUCTURAL_KEYWORDS`]), and Apifox's per-use overrides, which mean something only
/// inside an `x-apifox-refs` entry.
fn ignored_beside_ref(key: &str) -> bool {
    key == "x-apifox-overrides" || apifox::STRUCTURAL_KEYWORDS.contains(&key)
}

/// Where a value sits, for [`meaning`].
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// A schema or other object of keywords.
    Keywords,
    /// An `x-apifox-refs` entry: a `$ref` with the overrides of one use.
    RefsEntry,
    /// A mapping of names (`properties`, `responses`, ...); `of_refs` for `x-apifox-refs`.
    Names { of_refs: bool },
}

/// Whether `map` carries Apifox's own expansion of its `x-apifox-refs`: every inherited
/// property (listed in `x-apifox-ignore-properties`) is written out in `properties`. The
/// written properties then say what the schema is, and the `x-apifox-refs` entries only where
/// they came from.
fn expansion_written(map: &Map<String, Value>) -> bool {
    let (Some(Value::Object(_)), Some(Value::Array(ignored))) = (
        map.get("x-apifox-refs"),
        map.get("x-apifox-ignore-properties"),
    ) else {
        return false;
    };
    let Some(Value::Object(properties)) = map.get("properties") else {
        return ignored.is_empty();
    };
    ignored
        .iter()
        .all(|name| name.as_str().is_some_and(|n| properties.contains_key(n)))
}

/// `value` without its annotations (see [`is_annotation`]), for telling a real difference from
/// a documentation one. Names of properties, responses and the like are kept: only keywords
/// are dropped, never entries of a `properties` (or similar) mapping. Apifox bookkeeping that
/// the loader does not read is dropped too: the siblings of a `$ref` outside an
/// `x-apifox-refs` entry (a YAML alias in an Apifox page may paste one use's overrides there),
/// and `x-apifox-refs` whose expansion Apifox wrote out in `properties`.
fn meaning(value: &Value) -> Value {
    // Recursion is bounded: the loader already limits nesting depth, and 256 is a backstop.
    fn strip(value: &Value, place: Place, depth: usize) -> Value {
        if depth > 256 {
            return value.clone();
        }
        match value {
            Value::Object(map) => {
                let names = matches!(place, Place::Names { .. });
                let beside_ref =
                    place == Place::Keywords && map.get("$ref").is_some_and(Value::is_string);
                let written = !names && expansion_written(map);
                Value::Object(
                    map.iter()
                        .filter(|(k, _)| {
                            names
                                || !(is_annotation(k)
                                    || (beside_ref && ignored_beside_ref(k))
                                    || (written
                                        && matches!(
                                            k.as_str(),
                                            "x-apifox-refs" | "x-apifox-ignore-properties"
                                        )))
                        })
                        .map(|(k, v)| {
                            let below = match place {
                                Place::Names { of_refs: true } => Place::RefsEntry,
                                Place::Names { of_refs: false } => Place::Keywords,
                                Place::Keywords | Place::RefsEntry => match k.as_str() {
                                    "properties" | "patternProperties" | "content" | "headers"
                                    | "responses" | "encoding" | "x-apifox-overrides" => {
                                        Place::Names { of_refs: false }
                                    }
                                    "x-apifox-refs" => Place::Names { of_refs: true },
                                    _ => Place::Keywords,
                                },
                            };
                            (k.clone(), strip(v, below, depth + 1))
                        })
                        .collect(),
                )
            }
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|v| strip(v, Place::Keywords, depth + 1))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    strip(value, Place::Keywords, 0)
}

/// `file:line:column` of `pointer` inside source file `index` (just the file when the pointer
/// cannot be placed).
fn place(sources: &Sources, index: usize, pointer: &str) -> String {
    place_location(sources, index, pointer).place()
}

/// The location of `pointer` inside source file `index`: file, line and column when the pointer
/// can be placed, and the pointer.
fn place_location(sources: &Sources, index: usize, pointer: &str) -> Location {
    let Some(file) = sources.files.get(index) else {
        return Location::pointer(pointer);
    };
    let segments: Vec<String> = pointer
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(crate::error::unescape_pointer_segment)
        .collect();
    let found = if file.format == crate::load::Format::Json {
        crate::load::locate::locate_json(&file.text, &segments)
    } else {
        crate::load::locate::locate_yaml(&file.text, &segments)
    };
    let mut location = Location::file(file.display.clone()).with_pointer(pointer);
    if let Some((line, column)) = found {
        location.line = Some(line + file.line_offset);
        location.column = Some(column);
    }
    location
}

/// Merges the documents in order; identical repeated definitions collapse into one. Every
/// independent error (a file that is not an OpenAPI document, a section of the wrong shape, a
/// conflicting definition) goes into `errors` and the merge goes on with the rest, so that one
/// run lists them all; the first definition of a conflicting name is kept.
pub fn merge(
    docs: Vec<(usize, Value)>,
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
    errors: &mut Vec<Error>,
) -> Value {
    let mut merged = Map::new();
    let mut origins: Vec<(String, usize)> = Vec::new();
    let name_of = |i: usize, sources: &Sources| sources.files[i].display.clone();
    for (file_index, doc) in docs {
        let file = name_of(file_index, sources);
        if let Err(e) = check_root(&doc, &file) {
            errors.push(with_line(sources, file_index, e));
            continue;
        }
        let Value::Object(root) = doc else {
            continue;
        };
        if merged.is_empty() {
            origins.push(("#".into(), file_index));
        }
        for (key, value) in root {
            match key.as_str() {
                "paths" => {
                    let mut found = Vec::new();
                    merge_paths(
                        &mut merged,
                        value,
                        file_index,
                        &mut origins,
                        sources,
                        diagnostics,
                        &mut found,
                    );
                    errors.extend(found.into_iter().map(|e| with_line(sources, file_index, e)));
                }
                "components" => {
                    let mut found = Vec::new();
                    merge_components(
                        &mut merged,
                        value,
                        file_index,
                        &mut origins,
                        sources,
                        diagnostics,
                        &mut found,
                    );
                    errors.extend(found.into_iter().map(|e| with_line(sources, file_index, e)));
                }
                "servers" => merge_servers(&mut merged, value),
                "tags" => {
                    let tags = merged
                        .entry("tags")
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let (Value::Array(have), Value::Array(new)) = (tags, value) {
                        for t in new {
                            if !have.contains(&t) {
                                have.push(t);
                            }
                        }
                    }
                }
                _ => match merged.get(&key) {
                    None => {
                        merged.insert(key, value);
                    }
                    Some(existing) if *existing == value => {}
                    Some(_) if key == "info" => merge_info(&mut merged, value),
                    Some(_) if key == "openapi" => {}
                    Some(_) => diagnostics.push(
                        Diagnostic::warning(
                            Location::file(file.clone()).with_pointer(pointer_of([key.as_str()])),
                            format!("`{key}` differs from the one read first; the first is used"),
                        )
                        .with_kind(DiagnosticKind::Conflict),
                    ),
                },
            }
        }
    }
    sources.origins = origins;
    Value::Object(merged)
}

/// `info` fields: the first non-empty value of each wins (exports often have `title: ''`).
fn merge_info(merged: &mut Map<String, Value>, info: Value) {
    let (Some(Value::Object(have)), Value::Object(new)) = (merged.get_mut("info"), info) else {
        return;
    };
    for (k, v) in new {
        let empty = match have.get(&k) {
            None | Some(Value::Null) => true,
            Some(Value::String(s)) => s.trim().is_empty(),
            _ => false,
        };
        if empty {
            have.insert(k, v);
        }
    }
}

/// Servers from every file, once per URL; a later entry adds its fields (`x-name`) to an
/// earlier one with the same URL.
fn merge_servers(merged: &mut Map<String, Value>, servers: Value) {
    let Value::Array(new) = servers else { return };
    let list = merged
        .entry("servers")
        .or_insert_with(|| Value::Array(Vec::new()));
    let Value::Array(have) = list else { return };
    for server in new {
        let url = server.get("url").cloned();
        match have.iter_mut().find(|s| s.get("url") == url.as_ref()) {
            Some(Value::Object(existing)) => {
                if let Value::Object(extra) = server {
                    for (k, v) in extra {
                        existing.entry(k).or_insert(v);
                    }
                }
            }
            _ => have.push(server),
        }
    }
}

/// Fills in the line and column of an error that knows its file and pointer in source `index`.
fn with_line(sources: &Sources, index: usize, mut error: Error) -> Error {
    if let Some(location) = error.location_mut() {
        if location.line.is_none() {
            if let (Some(file), Some(pointer)) = (sources.files.get(index), &location.pointer) {
                let segments: Vec<String> = pointer
                    .trim_start_matches('#')
                    .split('/')
                    .skip(1)
                    .map(crate::error::unescape_pointer_segment)
                    .collect();
                let found = if segments.is_empty() {
                    Some((1, 1))
                } else if file.format == crate::load::Format::Json {
                    crate::load::locate::locate_json(&file.text, &segments)
                } else {
                    crate::load::locate::locate_yaml(&file.text, &segments)
                };
                if let Some((line, column)) = found {
                    location.line = Some(line + file.line_offset);
                    location.column = Some(column);
                }
            }
        }
    }
    error
}

/// The note for a repeated definition that differs only in documentation: the first is kept.
fn docs_only_note(
    what: &str,
    sources: &Sources,
    first: Option<usize>,
    second: usize,
    pointer: &str,
) -> Diagnostic {
    let first = first
        .map(|i| place(sources, i, pointer))
        .unwrap_or_default();
    let second_place = place(sources, second, pointer);
    Diagnostic::note(
        Location::file(sources.files[second].display.clone()).with_pointer(pointer),
        format!("{what} in {first} and {second_place} differ only in documentation, examples or Apifox bookkeeping; they are merged and the first is used"),
    ).with_kind(DiagnosticKind::Duplicate)
}

fn merge_paths(
    merged: &mut Map<String, Value>,
    paths: Value,
    file_index: usize,
    origins: &mut Vec<(String, usize)>,
    sources: &Sources,
    diagnostics: &mut Vec<Diagnostic>,
    errors: &mut Vec<Error>,
) {
    let file = &sources.files[file_index].display;
    let Value::Object(paths) = paths else {
        errors.push(Error::Invalid {
            location: Location::file(file.clone()).with_pointer("#/paths"),
            message: "`paths` must be a mapping".into(),
        });
        return;
    };
    let target = merged
        .entry("paths")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(target) = target else {
        unreachable!("paths is always an object here")
    };
    for (path, item) in paths {
        if path.starts_with("x-") {
            // An extension of the Paths object (OpenAPI allows them), not a path item.
            continue;
        }
        let item_pointer = pointer_of(["paths", path.as_str()]);
        let Value::Object(item) = item else {
            errors.push(Error::Invalid {
                location: Location::file(file.clone()).with_pointer(item_pointer),
                message: "a path item must be a mapping".into(),
            });
            continue;
        };
        let existing = target
            .entry(path.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(existing) = existing else {
            unreachable!("path items are objects")
        };
        for (key, value) in item {
            let pointer = format!("{item_pointer}/{}", escape_pointer_segment(&key));
            match existing.get(&key) {
                None => {
                    origins.push((
                        if METHODS.contains(&key.as_str()) {
                            pointer
                        } else {
                            item_pointer.clone()
                        },
                        file_index,
                    ));
                    existing.insert(key, value);
                }
                Some(have) if *have == value => {}
                Some(have) => {
                    let first_index = origins
                        .iter()
                        .rev()
                        .find(|(p, _)| *p == pointer || *p == item_pointer)
                        .map(|(_, i)| *i);
                    let what = format!("operation `{} {path}`", key.to_uppercase());
                    if meaning(have) == meaning(&value) {
                        diagnostics.push(docs_only_note(
                            &what,
                            sources,
                            first_index,
                            file_index,
                            &pointer,
                        ));
                        continue;
                    }
                    errors.push(conflict(
                        what,
                        have,
                        &value,
                        &pointer,
                        sources,
                        first_index,
                        file_index,
                    ));
                }
            }
        }
    }
}

/// The error for `first` (read from source `first_index`) and `second` (from `second_index`)
/// defining the thing at `pointer` differently: both places of the first difference.
fn conflict(
    what: String,
    first: &Value,
    second: &Value,
    pointer: &str,
    sources: &Sources,
    first_index: Option<usize>,
    second_index: usize,
) -> Error {
    let diff = first_difference(first, second, pointer).unwrap_or_else(|| pointer.to_owned());
    Error::Conflict {
        what,
        first: Box::new(
            first_index
                .map(|i| place_location(sources, i, &diff))
                .unwrap_or_else(|| Location::pointer(diff.clone())),
        ),
        second: Box::new(place_location(sources, second_index, &diff)),
        pointer: diff,
    }
}

fn merge_components(
    merged: &mut Map<String, Value>,
    components: Value,
    file_index: usize,
    origins: &mut Vec<(String, usize)>,
    sources: &Sources,
    diagnostics: &mut Vec<Diagnostic>,
    errors: &mut Vec<Error>,
) {
    let file = &sources.files[file_index].display;
    let Value::Object(components) = components else {
        errors.push(Error::Invalid {
            location: Location::file(file.clone()).with_pointer("#/components"),
            message: "`components` must be a mapping".into(),
        });
        return;
    };
    let target = merged
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(target) = target else {
        unreachable!("components is always an object here")
    };
    for (section, entries) in components {
        let section_pointer = pointer_of(["components", section.as_str()]);
        let Value::Object(entries) = entries else {
            if section.starts_with("x-") {
                target.entry(section).or_insert(entries);
                continue;
            }
            errors.push(Error::Invalid {
                location: Location::file(file.clone()).with_pointer(section_pointer),
                message: format!("`components.{section}` must be a mapping"),
            });
            continue;
        };
        let existing = target
            .entry(section.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(existing) = existing else {
            unreachable!("component sections are objects")
        };
        for (name, value) in entries {
            let pointer = format!("{section_pointer}/{}", escape_pointer_segment(&name));
            match existing.get(&name) {
                None => {
                    origins.push((pointer, file_index));
                    existing.insert(name, value);
                }
                Some(have) if *have == value => {}
                Some(have) => {
                    let first_index = origins.iter().find(|(p, _)| *p == pointer).map(|(_, i)| *i);
                    let kind = section.trim_end_matches('s');
                    let what = format!("component {kind} `{name}`");
                    if meaning(have) == meaning(&value) {
                        diagnostics.push(docs_only_note(
                            &what,
                            sources,
                            first_index,
                            file_index,
                            &pointer,
                        ));
                        continue;
                    }
                    errors.push(conflict(
                        what,
                        have,
                        &value,
                        &pointer,
                        sources,
                        first_index,
                        file_index,
                    ));
                }
            }
        }
    }
}
