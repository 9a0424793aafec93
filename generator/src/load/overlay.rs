//! OpenAPI Overlay 1.0 documents (<https://spec.openapis.org/overlay/v1.0.0.html>): ordered
//! `actions`, each a `target` JSONPath (RFC 9535) with an `update` to merge or `remove: true`,
//! applied to each input file before it is merged and normalized, so that targets match what
//! the file shows.
//!
//! - `update` on an object merges deeply (objects merge member by member; any other value
//!   replaces the one there); on an array appends (an array's items, or the one value).
//! - `remove: true` deletes each node the target selects from its parent.
//! - Without `extends`, an action applies to every input file; with it, to the files whose
//!   name (relative to the spec folder) is `extends` or ends with `/extends`.
//! - An action whose target selects nothing in any file is an error located at its `target`,
//!   as is a malformed document; every such error of a run is reported together.

use std::path::Path;

use serde_json::Value;
use serde_json_path::JsonPath;

use crate::error::{Error, Location, Result};
use crate::load::locate;
use crate::load::source::{Format, SourceFile};
use crate::load::Limits;

/// One overlay document, read and checked.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// The file, for error locations (the name as the settings give it).
    source: SourceFile,
    /// The files the actions apply to (`extends`), `None`: every file.
    extends: Option<String>,
    /// The actions, in order.
    actions: Vec<Action>,
}

/// One action of an overlay.
#[derive(Debug, Clone)]
struct Action {
    /// Its index in `actions`, for locations.
    index: usize,
    /// The parsed `target`.
    target: JsonPath,
    /// `update`, when given.
    update: Option<Value>,
    /// `remove: true`.
    remove: bool,
}

/// Whether a parsed document is an overlay rather than an OpenAPI document.
pub fn is_overlay_document(document: &Value) -> bool {
    document.get("overlay").is_some()
        && document.get("actions").is_some()
        && document.get("openapi").is_none()
        && document.get("swagger").is_none()
}

impl Overlay {
    /// Reads and checks the overlay at `path`; `display` names it in errors.
    pub fn read(path: &Path, display: String, limits: &Limits) -> Result<Overlay> {
        let mut files = SourceFile::read(path, display.clone(), limits)?;
        if files.len() != 1 {
            return Err(Error::Overlay {
                location: Location::file(display),
                message: "an overlay is one YAML or JSON document".into(),
            });
        }
        let source = files.remove(0);
        let document = source.parse(limits)?;
        Overlay::from_document(source, &document)
    }

    /// Checks a parsed overlay document; every problem of it is reported.
    fn from_document(source: SourceFile, document: &Value) -> Result<Overlay> {
        let mut errors = Vec::new();
        let at = |pointer: &str, message: String| Error::Overlay {
            location: locate_in(&source, pointer),
            message,
        };
        match document.get("overlay").and_then(Value::as_str) {
            Some(v) if v.starts_with("1.0.") || v == "1.0" => {}
            Some(v) => errors.push(at(
                "#/overlay",
                format!("overlay version `{v}` is not supported (1.0.x is)"),
            )),
            None => errors.push(at(
                "#",
                "not an overlay document: the `overlay` version (1.0.0) is missing".into(),
            )),
        }
        let extends = match document.get("extends") {
            None => None,
            Some(Value::String(s)) => Some(s.trim_start_matches("./").to_owned()),
            Some(_) => {
                errors.push(at("#/extends", "`extends` must be a string".into()));
                None
            }
        };
        let mut actions = Vec::new();
        match document.get("actions").and_then(Value::as_array) {
            Some(list) if !list.is_empty() => {
                for (index, action) in list.iter().enumerate() {
                    let pointer = format!("#/actions/{index}");
                    match Action::parse(index, action) {
                        Ok(a) => actions.push(a),
                        Err((field, message)) => {
                            errors.push(at(&format!("{pointer}{field}"), message))
                        }
                    }
                }
            }
            _ => errors.push(at(
                "#/actions",
                "an overlay needs a non-empty `actions` list".into(),
            )),
        }
        match Error::from_all(errors) {
            Some(e) => Err(e),
            None => Ok(Overlay {
                source,
                extends,
                actions,
            }),
        }
    }

    /// The overlay's file name as shown in errors.
    pub fn display(&self) -> &str {
        &self.source.display
    }

    /// The overlay's path on disk.
    pub fn path(&self) -> &Path {
        &self.source.path
    }

    /// Whether the actions apply to the input file named `display`.
    fn applies_to(&self, display: &str) -> bool {
        match &self.extends {
            None => true,
            Some(e) => display == e || display.ends_with(&format!("/{e}")),
        }
    }
}

impl Action {
    /// Parses one action; the error names the member (`/target`) and what is wrong.
    fn parse(index: usize, action: &Value) -> std::result::Result<Action, (&'static str, String)> {
        let Some(object) = action.as_object() else {
            return Err(("", "an action must be a mapping".into()));
        };
        let Some(target) = object.get("target").and_then(Value::as_str) else {
            return Err(("", "an action needs a `target` (a JSONPath)".into()));
        };
        let parsed = JsonPath::parse(target)
            .map_err(|e| ("/target", format!("`{target}` is not a JSONPath: {e}")))?;
        let remove = match object.get("remove") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(("/remove", "`remove` must be true or false".into())),
        };
        let update = object.get("update").cloned();
        if update.is_none() && !remove {
            return Err(("", "an action needs an `update` or `remove: true`".into()));
        }
        Ok(Action {
            index,
            target: parsed,
            update: if remove { None } else { update },
            remove,
        })
    }
}

/// Applies `overlays` in order to the parsed input files (`files[i]` is the source of
/// `documents[i].1`... matched by the document's source index). Returns every error.
pub fn apply_all(
    overlays: &[Overlay],
    files: &[SourceFile],
    documents: &mut [(usize, Value)],
) -> Vec<Error> {
    let mut errors = Vec::new();
    for overlay in overlays {
        if let Some(extends) = &overlay.extends {
            if !documents.iter().any(|(i, _)| {
                files
                    .get(*i)
                    .is_some_and(|f| overlay.applies_to(&f.display))
            }) {
                errors.push(Error::Overlay {
                    location: locate_in(&overlay.source, "#/extends"),
                    message: format!("`extends: {extends}` names no input file"),
                });
                continue;
            }
        }
        for action in &overlay.actions {
            let mut matched = 0;
            for (index, document) in documents.iter_mut() {
                let Some(file) = files.get(*index) else {
                    continue;
                };
                if !overlay.applies_to(&file.display) {
                    continue;
                }
                match apply_action(action, document) {
                    Ok(n) => matched += n,
                    Err(message) => errors.push(Error::Overlay {
                        location: locate_in(
                            &overlay.source,
                            &format!("#/actions/{}/target", action.index),
                        ),
                        message: format!("in {}: {message}", file.display),
                    }),
                }
            }
            if matched == 0 {
                errors.push(Error::Overlay {
                    location: locate_in(
                        &overlay.source,
                        &format!("#/actions/{}/target", action.index),
                    ),
                    message: "the target selects nothing in any input file".into(),
                });
            }
        }
    }
    errors
}

/// Applies one action to one document; returns how many nodes it selected.
fn apply_action(action: &Action, document: &mut Value) -> std::result::Result<usize, String> {
    let mut pointers: Vec<Vec<String>> = action
        .target
        .query_located(document)
        .locations()
        .map(|l| split_pointer(&l.to_json_pointer()))
        .collect();
    let matched = pointers.len();
    if action.remove {
        // Deepest and last first, so that removing one node never moves another selected one.
        pointers.sort_by(|a, b| compare_pointers(b, a));
        for segments in pointers {
            let Some((last, parent)) = segments.split_last() else {
                return Err("`remove` cannot delete the whole document".into());
            };
            match node_mut(document, parent) {
                Some(Value::Object(map)) => {
                    map.shift_remove(last);
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                _ => {}
            }
        }
    } else if let Some(update) = &action.update {
        for segments in pointers {
            let Some(node) = node_mut(document, &segments) else {
                continue;
            };
            match (node, update) {
                (Value::Object(target), Value::Object(patch)) => merge_object(target, patch),
                (Value::Object(_), _) => {
                    return Err(format!(
                        "the target selects an object at {}; `update` must be a mapping",
                        pointer_text(&segments)
                    ))
                }
                (Value::Array(items), Value::Array(more)) => items.extend(more.iter().cloned()),
                (Value::Array(items), value) => items.push(value.clone()),
                (_, _) => {
                    return Err(format!(
                        "the target selects a scalar at {}; `update` applies to objects and arrays (select its parent)",
                        pointer_text(&segments)
                    ))
                }
            }
        }
    }
    Ok(matched)
}

/// Merges `patch` into `target`: objects member by member, any other value replacing.
fn merge_object(
    target: &mut serde_json::Map<String, Value>,
    patch: &serde_json::Map<String, Value>,
) {
    for (key, value) in patch {
        match (target.get_mut(key), value) {
            (Some(Value::Object(inner)), Value::Object(more)) => merge_object(inner, more),
            (Some(slot), _) => *slot = value.clone(),
            (None, _) => {
                target.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The node at unescaped pointer `segments`.
fn node_mut<'a>(mut node: &'a mut Value, segments: &[String]) -> Option<&'a mut Value> {
    for segment in segments {
        node = match node {
            Value::Object(map) => map.get_mut(segment)?,
            Value::Array(items) => items.get_mut(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

/// A JSON pointer (`/a/b~1c`) as unescaped segments.
fn split_pointer(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// `#/a/b~1c` for messages.
fn pointer_text(segments: &[String]) -> String {
    let mut out = String::from("#");
    for s in segments {
        out.push('/');
        out.push_str(&s.replace('~', "~0").replace('/', "~1"));
    }
    out
}

/// Document order of two pointers: array indexes compared as numbers, a parent before its
/// children.
fn compare_pointers(a: &[String], b: &[String]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let order = match (x.parse::<usize>(), y.parse::<usize>()) {
            (Ok(i), Ok(j)) => i.cmp(&j),
            _ => x.cmp(y),
        };
        if order.is_ne() {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

/// The file, line and column of `pointer` in an overlay file.
fn locate_in(source: &SourceFile, pointer: &str) -> Location {
    let mut location = Location::pointer(pointer);
    location.file = Some(source.display.clone());
    let segments: Vec<String> = split_pointer(pointer.trim_start_matches('#'));
    let found = if source.format == Format::Json {
        locate::locate_json(&source.text, &segments)
    } else {
        locate::locate_yaml(&source.text, &segments)
    };
    if let Some((line, column)) = found {
        location.line = Some(line + source.line_offset);
        location.column = Some(column);
    }
    location
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(yaml: &str) -> Result<Overlay> {
        let source = SourceFile {
            path: "overlay.yaml".into(),
            display: "overlay.yaml".into(),
            text: yaml.into(),
            line_offset: 0,
            format: Format::Yaml,
        };
        let document = source.parse(&Limits::default())?;
        Overlay::from_document(source, &document)
    }

    fn spec_file(display: &str) -> SourceFile {
        SourceFile {
            path: display.into(),
            display: display.into(),
            text: String::new(),
            line_offset: 0,
            format: Format::Yaml,
        }
    }

    #[test]
    fn updates_merge_deeply_append_to_arrays_and_removes_delete() {
        let o = overlay(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - target: $.components.schemas.Refund\n  update: {required: [amount], properties: {amount: {format: int64}}}\n\
             - target: $.tags\n  update: [{name: b}]\n\
             - target: $.paths['/old']\n  remove: true\n",
        )
        .expect("valid overlay");
        let mut docs = vec![(
            0,
            json!({
                "openapi": "3.0.1",
                "tags": [{"name": "a"}],
                "paths": {"/old": {}, "/new": {}},
                "components": {"schemas": {"Refund": {"type": "object", "properties": {"amount": {"type": "string"}}}}}
            }),
        )];
        let errors = apply_all(&[o], &[spec_file("refunds.yaml")], &mut docs);
        assert!(errors.is_empty(), "{errors:?}");
        let doc = &docs[0].1;
        assert_eq!(
            doc["components"]["schemas"]["Refund"],
            json!({"type": "object", "properties": {"amount": {"type": "string", "format": "int64"}}, "required": ["amount"]})
        );
        assert_eq!(doc["tags"], json!([{"name": "a"}, {"name": "b"}]));
        assert_eq!(doc["paths"], json!({"/new": {}}));
    }

    #[test]
    fn removing_several_array_items_removes_each_once() {
        let o = overlay(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - target: $.parameters[?@.in == 'query']\n  remove: true\n",
        )
        .expect("valid overlay");
        let mut docs = vec![(
            0,
            json!({"parameters": [{"in": "query", "n": 1}, {"in": "path"}, {"in": "query", "n": 2}, {"in": "query", "n": 3}]}),
        )];
        assert!(apply_all(&[o], &[spec_file("a.yaml")], &mut docs).is_empty());
        assert_eq!(docs[0].1["parameters"], json!([{"in": "path"}]));
    }

    #[test]
    fn a_target_that_selects_nothing_is_located_at_the_action() {
        let o = overlay(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - target: $.info\n  update: {title: x}\n\
             - target: $.components.schemas.Missing\n  update: {nullable: true}\n",
        )
        .expect("valid overlay");
        let mut docs = vec![(0, json!({"info": {"title": "a"}}))];
        let errors = apply_all(&[o], &[spec_file("a.yaml")], &mut docs);
        assert_eq!(errors.len(), 1, "{errors:?}");
        let location = errors[0].location().expect("located");
        assert_eq!(location.file.as_deref(), Some("overlay.yaml"));
        assert_eq!(location.line, Some(6));
        assert_eq!(location.pointer.as_deref(), Some("#/actions/1/target"));
        assert_eq!(docs[0].1["info"]["title"], "x");
    }

    #[test]
    fn extends_limits_the_actions_to_one_file() {
        let o = overlay(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nextends: refunds/create.yaml\nactions:\n\
             - target: $.info\n  update: {x-touched: true}\n",
        )
        .expect("valid overlay");
        let files = [
            spec_file("disputes/list.yaml"),
            spec_file("refunds/create.yaml"),
        ];
        let mut docs = vec![(0, json!({"info": {}})), (1, json!({"info": {}}))];
        assert!(apply_all(&[o], &files, &mut docs).is_empty());
        assert_eq!(docs[0].1["info"], json!({}));
        assert_eq!(docs[1].1["info"], json!({"x-touched": true}));
    }

    #[test]
    fn every_problem_of_a_malformed_overlay_is_reported() {
        let err = overlay(
            "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - target: 'not a path'\n  update: {}\n\
             - target: $.info\n",
        )
        .expect_err("malformed");
        let Error::Many { errors, .. } = err else {
            panic!("expected every error, got {err}");
        };
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors
            .iter()
            .all(|e| e.kind() == crate::error::ErrorKind::Overlay));
    }
}
