//! References in the loaded document, resolved through [`crate::refs`]: checked and written
//! canonically, wrong-section references read as what they plainly mean, and references into
//! parts of the document (not whole components) turned into references to components, so the
//! model stage only ever follows `#/components/<section>/<name>`.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::error::{pointer_of, unescape_pointer_segment, Error, Location, Result};
use crate::error::{Diagnostic, DiagnosticKind};
use crate::load::walk::{is_schema_pointer, visit_structure};
use crate::refs::{self, canonical_ref, ref_segments, RefError};

/// Checks and canonicalizes a `$ref` at `node`, if it has one (see [`refs::resolve`]). A loop
/// of `$ref`s is reported once, by the first reference that leads into it (`cycles` holds the
/// loops reported); a chain broken at a later hop is reported where that hop is written.
pub(crate) fn check_ref(
    node: &mut Value,
    pointer: &str,
    doc: &Value,
    cycles: &mut HashSet<Vec<String>>,
) -> Result<()> {
    let Value::Object(map) = node else {
        return Ok(());
    };
    let Some(reference) = map.get("$ref") else {
        return Ok(());
    };
    let Value::String(reference) = reference else {
        return Err(Error::Invalid {
            location: Location::pointer(format!("{pointer}/$ref")),
            message: format!("`$ref` must be a string, found {reference}"),
        });
    };
    let reference = reference.clone();
    match refs::resolve(doc, &reference) {
        Ok(_) => {}
        Err(RefError::Dangling { hop, .. }) if hop > 0 => {}
        Err(RefError::Cycle { chain }) => {
            let mut members = chain.clone();
            members.sort();
            members.dedup();
            if !cycles.insert(members) {
                return Ok(());
            }
            return Err(RefError::Cycle { chain }.at(&reference, pointer));
        }
        Err(e) => return Err(e.at(&reference, pointer)),
    }
    if let Some(segments) = ref_segments(&reference) {
        map.insert("$ref".into(), Value::String(canonical_ref(&segments)));
    }
    Ok(())
}

fn lookup_mut<'a>(doc: &'a mut Value, segments: &[String]) -> Option<&'a mut Value> {
    let mut cur = doc;
    for s in segments {
        cur = match cur {
            Value::Object(m) => m.get_mut(s)?,
            Value::Array(a) => a.get_mut(s.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// The segments of a pointer produced by the walk (`#/a/b~1c`).
fn pointer_segments(pointer: &str) -> Vec<String> {
    pointer
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(unescape_pointer_segment)
        .collect()
}

/// A media type whose schema is JSON: `application/json` first, then any `…+json` or `…/json`.
fn json_schema_media(entry: &Value) -> Option<String> {
    let content = entry.get("content")?.as_object()?;
    let has_schema = |m: &&String| content.get(*m).is_some_and(|c| c.get("schema").is_some());
    let essence = |m: &str| {
        m.split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
    };
    content
        .keys()
        .filter(has_schema)
        .find(|m| essence(m) == "application/json")
        .or_else(|| {
            content
                .keys()
                .filter(has_schema)
                .find(|m| essence(m).ends_with("+json") || essence(m).ends_with("/json"))
        })
        .cloned()
}

/// A `$ref` found under the document: (referrer pointer, reference, the referrer's section).
type Referrer = (String, String, &'static str);

/// What [`wrong_section_refs`] decides about the wrong-section references before it edits
/// the document.
#[derive(Default)]
struct WrongSection {
    /// (referrer pointer, new reference, warning).
    rewrites: Vec<(String, String, Diagnostic)>,
    /// (referrer pointer, warning): references whose target means any value, dropped.
    unschemed: Vec<(String, Diagnostic)>,
    /// Schema components read as parameters: name, and whether a schema position uses it too.
    parameters: Vec<(String, bool)>,
    /// (referrer pointer, reference, schema name) of each reference to such a parameter.
    parameter_referrers: Vec<(String, String, String)>,
}

/// `$ref`s to a whole component of the wrong section, read as what the target's shape makes
/// plain, each with a warning at the `$ref`: where a schema belongs, a response or request
/// body (its JSON media type's schema); where a parameter belongs, an object filed under
/// `components/schemas` that has a `name` and an `in` (moved to `components/parameters`, or
/// copied there when a schema position refers to it too). Other wrong-section references are
/// left for the model stage to refuse.
pub(crate) fn wrong_section_refs(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let referrers = section_referrers(doc);
    let mut found = classify_wrong_sections(doc, &referrers);
    mark_parameters_used_as_schemas(doc, &referrers, &mut found.parameters);
    let renamed = move_schema_parameters(doc, std::mem::take(&mut found.parameters));
    for (pointer, reference, name) in std::mem::take(&mut found.parameter_referrers) {
        let Some((_, free, also_schema)) = renamed.iter().find(|(n, ..)| *n == name) else {
            continue;
        };
        let how = if *also_schema { "copied" } else { "moved" };
        let message = format!(
            "`$ref` `{reference}` names a schema where a parameter belongs; it has `name` and `in`, so it is read as the parameter `{free}` ({how} to `components/parameters`)"
        );
        found.rewrites.push((
            pointer.clone(),
            refs::component_ref("parameters", free),
            Diagnostic::warning(Location::pointer(format!("{pointer}/$ref")), message)
                .with_kind(DiagnosticKind::WrongSectionReference),
        ));
    }
    for (pointer, to, warning) in found.rewrites {
        if let Some(Value::Object(node)) = lookup_mut(doc, &pointer_segments(&pointer)) {
            node.insert("$ref".into(), Value::String(to));
            diagnostics.push(warning);
        }
    }
    for (pointer, warning) in found.unschemed {
        if let Some(Value::Object(node)) = lookup_mut(doc, &pointer_segments(&pointer)) {
            node.shift_remove("$ref");
            diagnostics.push(warning);
        }
    }
}

/// Every `$ref` under a component section or a place with one, with that section.
fn section_referrers(doc: &mut Value) -> Vec<Referrer> {
    let mut referrers: Vec<Referrer> = Vec::new();
    let _ = visit_structure(doc, "#", &mut |node, pointer| {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            if let Some(section) = referrer_section(pointer) {
                referrers.push((pointer.to_owned(), reference.to_owned(), section));
            }
        }
        Ok(())
    });
    referrers
}

/// Sorts the references to a component of another section: a body where a schema belongs
/// (rewritten to its JSON schema, or dropped when it declares no content), a schema with
/// `name` and `in` where a parameter belongs (to be moved).
fn classify_wrong_sections(doc: &Value, referrers: &[Referrer]) -> WrongSection {
    let mut out = WrongSection::default();
    for (pointer, reference, section) in referrers {
        let Ok(found) = refs::resolve(doc, reference) else {
            continue;
        };
        let [c, target_section, name] = found.segments.as_slice() else {
            continue;
        };
        if c != "components" || target_section == section {
            continue;
        }
        let location = Location::pointer(format!("{pointer}/$ref"));
        match (*section, target_section.as_str()) {
            ("schemas", "responses" | "requestBodies") => {
                let Some(media) = json_schema_media(found.value) else {
                    // A response or body that declares no content at all says nothing about
                    // the value: any JSON value (one with other content is left to refuse).
                    if found.value.get("content").is_none() {
                        let message = format!(
                            "`$ref` `{reference}` names {} where a schema belongs, and it declares no content: any JSON value is accepted",
                            refs::component_noun(target_section)
                        );
                        out.unschemed.push((
                            pointer.clone(),
                            Diagnostic::warning(location, message)
                                .with_kind(DiagnosticKind::WrongSectionReference),
                        ));
                    }
                    continue;
                };
                let to = canonical_ref(&[
                    "components",
                    target_section,
                    name,
                    "content",
                    &media,
                    "schema",
                ]);
                let message = format!(
                    "`$ref` `{reference}` names {} where a schema belongs; its `{media}` schema is read",
                    refs::component_noun(target_section)
                );
                out.rewrites.push((
                    pointer.clone(),
                    to,
                    Diagnostic::warning(location, message)
                        .with_kind(DiagnosticKind::WrongSectionReference),
                ));
            }
            ("parameters", "schemas") => {
                let is_parameter = ["name", "in"]
                    .iter()
                    .all(|k| found.value.get(*k).is_some_and(Value::is_string));
                if !is_parameter {
                    continue;
                }
                if !out.parameters.iter().any(|(n, _)| n == name) {
                    out.parameters.push((name.clone(), false));
                }
                out.parameter_referrers
                    .push((pointer.clone(), reference.clone(), name.clone()));
            }
            _ => {}
        }
    }
    out
}

/// Marks each schema read as a parameter that a schema position refers to too (it is then
/// copied, not moved).
fn mark_parameters_used_as_schemas(
    doc: &Value,
    referrers: &[Referrer],
    parameters: &mut [(String, bool)],
) {
    for (_, reference, section) in referrers {
        if *section != "schemas" {
            continue;
        }
        if let Ok(found) = refs::resolve(doc, reference) {
            if let [c, s, name] = found.segments.as_slice() {
                if c == "components" && s == "schemas" {
                    if let Some(entry) = parameters.iter_mut().find(|(n, _)| n == name) {
                        entry.1 = true;
                    }
                }
            }
        }
    }
}

/// Moves (or copies) each parameter filed as a schema to `components/parameters`, under a
/// free parameter name: (schema name, parameter name, copied).
fn move_schema_parameters(
    doc: &mut Value,
    parameters: Vec<(String, bool)>,
) -> Vec<(String, String, bool)> {
    let mut renamed: Vec<(String, String, bool)> = Vec::new();
    for (name, also_schema) in parameters {
        let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) else {
            continue;
        };
        let value = match components.get_mut("schemas").and_then(Value::as_object_mut) {
            Some(schemas) if also_schema => schemas.get(&name).cloned(),
            Some(schemas) => schemas.shift_remove(&name),
            None => None,
        };
        let Some(value) = value else { continue };
        let section = components
            .entry("parameters")
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(section) = section else {
            continue;
        };
        let mut free = name.clone();
        let mut counter = 2;
        while section.contains_key(&free) {
            free = format!("{name} {counter}");
            counter += 1;
        }
        section.insert(free.clone(), value);
        renamed.push((name, free, also_schema));
    }
    renamed
}

/// Where a schema belongs, a `$ref` into the document that lands on a parameter or header
/// (an object with `schema`) or on a response or request body (with a JSON media type) means
/// that object's schema, as [`wrong_section_refs`] reads whole components: the target moves
/// to that schema, with a warning at the `$ref`.
fn schema_of_deep_target(
    doc: &Value,
    referrer: &str,
    target: Vec<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let Some(place) = referrer_section(&pointer_of(&target)) else {
        return target;
    };
    let Ok(found) = refs::find(doc, &target) else {
        return target;
    };
    let value = found.value;
    let (below, noun): (Vec<String>, &str) = match place {
        "parameters" | "headers" if value.get("schema").is_some_and(Value::is_object) => {
            (vec!["schema".into()], "a parameter")
        }
        "responses" | "requestBodies" => match json_schema_media(value) {
            Some(media) => (
                vec!["content".into(), media, "schema".into()],
                if place == "responses" {
                    "a response"
                } else {
                    "a request body"
                },
            ),
            None => return target,
        },
        _ => return target,
    };
    let mut inner = target.clone();
    inner.extend(below);
    diagnostics.push(
        Diagnostic::warning(
            Location::pointer(format!("{referrer}/$ref")),
            format!(
                "`$ref` `{}` names {noun} where a schema belongs; its schema `{}` is read",
                pointer_of(&target),
                pointer_of(&inner)
            ),
        )
        .with_kind(DiagnosticKind::WrongSectionReference),
    );
    inner
}

/// Most rounds of [`hoist_deep_refs`] (each round follows one more hop of a `$ref` chain).
const MAX_HOIST_ROUNDS: usize = 16;

/// `$ref`s to any JSON pointer inside the document, not only to whole components
/// (`#/components/schemas/Tag/allOf/0`, `#/components/responses/Conflict/content/
/// application~1json/schema`, `#/paths/~1pets/get/parameters/0`), become `$ref`s to
/// components: the target is moved into `components` under a name made from its pointer and
/// a `$ref` to it is left in its place, so both places keep meaning the same thing (one
/// named type, recursion intact). A target that is itself a `$ref` is followed instead.
/// After this pass every local `$ref` names a whole component, which is all the model stage
/// resolves. Unresolvable `$ref`s are left for [`check_ref`] to report.
pub(crate) fn hoist_deep_refs(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    for _ in 0..MAX_HOIST_ROUNDS {
        // (referrer pointer, decoded target segments, component section).
        let mut deep: Vec<(String, Vec<String>, &'static str)> = Vec::new();
        let _ = visit_structure(doc, "#", &mut |node, pointer| {
            let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
                return Ok(());
            };
            let Some(segments) = ref_segments(reference) else {
                return Ok(());
            };
            let whole_component = segments.len() == 3 && segments[0] == "components";
            if !whole_component && !segments.is_empty() {
                if let Some(section) = referrer_section(pointer) {
                    deep.push((pointer.to_owned(), segments, section));
                }
            }
            Ok(())
        });
        // Each target where it is now: a pointer written through a part that has moved since
        // (or through a component that is a `$ref`) arrives there by following the `$ref`.
        let deep: Vec<_> = deep
            .into_iter()
            .filter_map(|(pointer, target, section)| {
                let found = refs::find(doc, &target).ok()?;
                Some((pointer, found.segments, section))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(pointer, target, section)| {
                let target = if section == "schemas" {
                    schema_of_deep_target(doc, &pointer, target, diagnostics)
                } else {
                    target
                };
                (pointer, target, section)
            })
            .collect();
        if deep.is_empty() {
            return;
        }
        // One new reference per distinct target: a target that is a `$ref` is followed, any
        // other becomes a component.
        let mut targets: Vec<(Vec<String>, &'static str, String, Option<String>)> = Vec::new();
        for (_, target, section) in &deep {
            if targets.iter().any(|(t, ..)| t == target) {
                continue;
            }
            let value = refs::find(doc, target)
                .map(|f| f.value)
                .unwrap_or(&Value::Null);
            let whole = matches!(target.as_slice(), [c, s, _] if c == "components" && s == section);
            match value.get("$ref").and_then(Value::as_str) {
                Some(next) => targets.push((target.clone(), section, next.to_owned(), None)),
                // Already a component of its own (reached through a part moved earlier).
                None if whole => {
                    targets.push((target.clone(), section, canonical_ref(target), None))
                }
                None => {
                    let name = hoisted_name(doc, target, section, &targets);
                    let reference = refs::component_ref(section, &name);
                    targets.push((target.clone(), section, reference, Some(name)));
                }
            }
        }
        // Rewrite the referrers while every node is still where the walk found it.
        for (pointer, target, _) in &deep {
            let Some((_, _, reference, _)) = targets.iter().find(|(t, ..)| t == target) else {
                continue;
            };
            if let Some(Value::Object(node)) = lookup_mut(doc, &pointer_segments(pointer)) {
                node.insert("$ref".into(), Value::String(reference.clone()));
            }
        }
        // Move the targets, deepest first, so a target inside another moves with it already
        // replaced by its `$ref`.
        targets.sort_by_key(|(t, ..)| std::cmp::Reverse(t.len()));
        for (target, section, reference, name) in targets {
            let Some(name) = name else { continue };
            let Some(node) = lookup_mut(doc, &target) else {
                continue;
            };
            let mut replacement = Map::new();
            replacement.insert("$ref".into(), Value::String(reference));
            let value = std::mem::replace(node, Value::Object(replacement));
            let Some(root) = doc.as_object_mut() else {
                return;
            };
            let components = root
                .entry("components")
                .or_insert_with(|| Value::Object(Map::new()));
            let Value::Object(components) = components else {
                return;
            };
            let entries = components
                .entry(section)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(entries) = entries {
                entries.insert(name.clone(), value);
            }
            diagnostics.push(Diagnostic::note(
                Location::pointer(pointer_of(&target)),
                format!("`$ref`s point inside the document here; this part is read as the component `{name}` ({section})"),
            ).with_kind(DiagnosticKind::DeepReference));
        }
    }
}

/// The `components` section a `$ref` at `pointer` refers into, by the referrer's position.
fn referrer_section(pointer: &str) -> Option<&'static str> {
    if is_schema_pointer(pointer) || pointer.contains("/x-apifox-refs/") {
        return Some("schemas");
    }
    let segs: Vec<&str> = pointer.split('/').collect();
    let last = segs.last().copied().unwrap_or_default();
    let parent = segs
        .len()
        .checked_sub(2)
        .map(|i| segs[i])
        .unwrap_or_default();
    Some(match (parent, last) {
        (_, "requestBody") | ("requestBodies", _) => "requestBodies",
        ("parameters", _) => "parameters",
        ("responses", _) => "responses",
        ("headers", _) => "headers",
        ("examples", _) => "examples",
        _ => return None,
    })
}

/// A component name for a part of the document reached by a `$ref`: the owning component or
/// operation, then the meaningful segments (`Tag allOf 0`, `Conflict`, `pets get param 0`);
/// never one already taken.
fn hoisted_name(
    doc: &Value,
    target: &[String],
    section: &str,
    pending: &[(Vec<String>, &'static str, String, Option<String>)],
) -> String {
    let (mut words, rest): (Vec<String>, &[String]) = match target {
        [c, _, name, rest @ ..] if c == "components" => (vec![name.clone()], rest),
        [p, path, method, rest @ ..] if p == "paths" => {
            let mut words: Vec<String> = path
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            words.push(method.clone());
            (words, rest)
        }
        [first, rest @ ..] => (vec![first.clone()], rest),
        [] => (Vec::new(), &[]),
    };
    for seg in rest {
        match seg.as_str() {
            "properties" | "content" | "schema" | "components" => {}
            s if s.contains('/') => {}
            "items" => words.push("item".into()),
            "additionalProperties" => words.push("value".into()),
            "requestBody" => words.push("request".into()),
            "responses" => words.push("response".into()),
            "parameters" => words.push("param".into()),
            other => words.push(other.to_owned()),
        }
    }
    if words.is_empty() {
        words.push("Shared".into());
    }
    let base = words.join(" ");
    let taken = |name: &str| {
        doc.get("components")
            .and_then(|c| c.get(section))
            .and_then(|s| s.get(name))
            .is_some()
            || pending
                .iter()
                .any(|(_, sec, _, n)| *sec == section && n.as_deref() == Some(name))
    };
    let mut name = base.clone();
    let mut counter = 2;
    while taken(&name) {
        name = format!("{base} {counter}");
        counter += 1;
    }
    name
}
