//! Hostile input: mutated real specs (the WooshPay dispute exports and the WePay fixture) never
//! panic or hang the generator, and every error names where the problem is (a file, a line, or
//! a `#/` JSON pointer); explicit limits stop alias bombs, deep nesting and huge files early.
//! When generation succeeds the result keeps the crate invariants, and for a fixed sample of
//! mutated specs (and the seeds) the written crates pass `cargo check`.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::Value;
use wooshpay_codegen::load::{Format, SourceFile};
use wooshpay_codegen::{load, Error, Limits, Options};

/// Longest one generation of a mutated spec may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(20);

fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed documents: (display name, YAML text).
fn seeds() -> Vec<(String, String)> {
    let root = tests_dir().parent().unwrap().to_path_buf();
    let mut out = Vec::new();
    for name in [
        "close_dispute.yaml",
        "list_disputes.yaml",
        "retrieve_dispute.yaml",
        "update_dispute.yaml",
    ] {
        let path = root.join("specs/disputes").join(name);
        out.push((
            format!("disputes/{name}"),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    let wepay = tests_dir().join("fixtures/wepay/dispute_update.yaml");
    out.push((
        "wepay/dispute_update.yaml".into(),
        std::fs::read_to_string(wepay).unwrap(),
    ));
    out
}

/// The seed texts, read once.
fn seed_texts() -> &'static [(String, String)] {
    static TEXTS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(seeds)
}

/// The seeds parsed once: (display name, document).
fn parsed_seeds() -> &'static [(String, Value)] {
    static PARSED: std::sync::OnceLock<Vec<(String, Value)>> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        seeds()
            .into_iter()
            .map(|(display, text)| {
                let doc = source(&display, text, Format::Yaml)
                    .parse(&Limits::default())
                    .unwrap();
                (display, doc)
            })
            .collect()
    })
}

/// How a generation attempt ended.
#[derive(Debug)]
enum Outcome {
    /// A crate was rendered; the invariants it breaks (none, when the generator is right).
    Generated(Vec<String>),
    Failed(String, bool),
}

/// Loads, models and renders `sources` as `render_loaded` does, then checks the result.
fn generate_and_check(
    sources: Vec<SourceFile>,
    limits: &Limits,
) -> wooshpay_codegen::Result<Vec<String>> {
    let loaded = load::load_sources(sources, limits)?;
    let api = wooshpay_codegen::model::build(&loaded.document, &mut Vec::new())
        .map_err(|e| loaded.sources.attach(e))?;
    let files = wooshpay_codegen::emit::render(&api, &loaded.document, &Default::default())?;
    Ok(invariants(&api, &files))
}

/// What every generated crate must satisfy: each referenced type exists and is emitted, names
/// are unique where Rust needs them to be.
fn invariants(api: &wooshpay_codegen::model::Api, files: &wooshpay_codegen::Files) -> Vec<String> {
    use std::collections::BTreeSet;
    use wooshpay_codegen::model::{TypeKind, TypeRef};
    let mut broken = Vec::new();
    let mut duplicates = |what: &str, names: Vec<&str>| {
        let mut seen = BTreeSet::new();
        for n in names {
            if !seen.insert(n) {
                broken.push(format!("{what}: `{n}` twice"));
            }
        }
    };
    duplicates(
        "type names",
        api.types.iter().map(|t| t.name.as_str()).collect(),
    );
    duplicates(
        "resource accessors",
        api.resources.iter().map(|r| r.fn_name.as_str()).collect(),
    );
    duplicates(
        "resource types",
        api.resources.iter().map(|r| r.type_name.as_str()).collect(),
    );
    for r in &api.resources {
        duplicates(
            &format!("methods of {}", r.type_name),
            r.operations.iter().map(|o| o.fn_name.as_str()).collect(),
        );
        for o in &r.operations {
            duplicates(
                &format!("arguments of {}", o.fn_name),
                o.path_params.iter().map(|p| p.rust_name.as_str()).collect(),
            );
            duplicates(
                &format!("params of {}", o.fn_name),
                o.params
                    .iter()
                    .map(|p| p.field.rust_name.as_str())
                    .collect(),
            );
        }
    }
    for t in &api.types {
        match &t.kind {
            TypeKind::Struct(fields) => {
                duplicates(
                    &format!("fields of {}", t.name),
                    fields.iter().map(|f| f.rust_name.as_str()).collect(),
                );
                duplicates(
                    &format!("wire names of {}", t.name),
                    fields.iter().map(|f| f.wire_name.as_str()).collect(),
                );
            }
            TypeKind::StringEnum { variants, fallback } => {
                let mut names: Vec<&str> = variants.iter().map(|v| v.rust_name.as_str()).collect();
                names.push(fallback);
                duplicates(&format!("variants of {}", t.name), names);
            }
            TypeKind::OneOf(alternatives) => duplicates(
                &format!("alternatives of {}", t.name),
                alternatives.iter().map(|a| a.rust_name.as_str()).collect(),
            ),
            TypeKind::Tagged {
                variants, fallback, ..
            } => {
                let mut names: Vec<&str> = variants.iter().map(|v| v.rust_name.as_str()).collect();
                names.push(fallback);
                duplicates(&format!("variants of {}", t.name), names);
                duplicates(
                    &format!("tags of {}", t.name),
                    variants.iter().map(|v| v.tag_value.as_str()).collect(),
                );
            }
            TypeKind::Alias(_) => {}
        }
    }
    let defined: BTreeSet<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    let mut uses: Vec<(String, &TypeRef)> = Vec::new();
    for t in &api.types {
        match &t.kind {
            TypeKind::Struct(fields) => uses.extend(
                fields
                    .iter()
                    .map(|f| (format!("{}.{}", t.name, f.wire_name), &f.ty)),
            ),
            TypeKind::OneOf(alts) => uses.extend(
                alts.iter()
                    .map(|a| (format!("{}::{}", t.name, a.rust_name), &a.ty)),
            ),
            TypeKind::Alias(ty) => uses.push((t.name.clone(), ty)),
            TypeKind::Tagged { variants, .. } => uses.extend(
                variants
                    .iter()
                    .map(|v| (format!("{}::{}", t.name, v.rust_name), &v.ty)),
            ),
            TypeKind::StringEnum { .. } => {}
        }
    }
    for r in &api.resources {
        for o in &r.operations {
            let at = |what: &str| format!("{}.{} {what}", r.fn_name, o.fn_name);
            uses.extend(o.path_params.iter().map(|p| (at(&p.wire_name), &p.ty)));
            uses.extend(
                o.params
                    .iter()
                    .map(|p| (at(&p.field.wire_name), &p.field.ty)),
            );
            uses.extend(o.body.iter().map(|b| (at("body"), &b.ty)));
            uses.extend(o.response.iter().map(|ty| (at("response"), ty)));
            uses.extend(o.pagination.iter().map(|p| (at("page item"), &p.item)));
            if let Some(params) = o.params_type {
                let params = api.types.name(params);
                if !files.values().any(|f| defines(f, "struct", params)) {
                    broken.push(format!(
                        "{}: params struct `{params}` is not emitted",
                        at("")
                    ));
                }
            }
        }
    }
    let named_in = |ty: &TypeRef| named(ty).map(|id| api.types.name(id));
    fn named(ty: &TypeRef) -> Option<wooshpay_codegen::model::TypeId> {
        match ty {
            TypeRef::Named(n) => Some(*n),
            TypeRef::Vec(t)
            | TypeRef::Map(t)
            | TypeRef::Boxed(t)
            | TypeRef::Expandable(t)
            | TypeRef::Nullable(t) => named(t),
            _ => None,
        }
    }
    for (at, ty) in uses {
        if let Some(n) = named_in(ty) {
            if !defined.contains(n) {
                broken.push(format!("{at}: type `{n}` does not exist"));
            }
        }
    }
    for t in &api.types {
        let keyword = match t.kind {
            TypeKind::Struct(_) => "struct",
            TypeKind::StringEnum { .. } | TypeKind::OneOf(_) | TypeKind::Tagged { .. } => "enum",
            TypeKind::Alias(_) => "type",
        };
        if !files.values().any(|f| defines(f, keyword, &t.name)) {
            broken.push(format!("type `{}` is not emitted as a {keyword}", t.name));
        }
    }
    broken
}

/// Whether `source` holds `pub <keyword> <name>` as a whole word.
fn defines(source: &str, keyword: &str, name: &str) -> bool {
    let needle = format!("pub {keyword} {name}");
    source.match_indices(&needle).any(|(i, _)| {
        source[i + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
    })
}

/// Generates from `sources` on a separate thread: a panic is caught, a hang is a timeout.
fn run(sources: Vec<SourceFile>, limits: Limits) -> Outcome {
    // An abort (stack overflow) kills the process before proptest can print the input: with
    // `HOSTILE_LOG=dir`, each test's current input is kept there.
    if let Some(dir) = std::env::var_os("HOSTILE_LOG") {
        let test = std::thread::current()
            .name()
            .unwrap_or("test")
            .replace("::", "-");
        let text: Vec<String> = sources
            .iter()
            .map(|s| format!("# {}\n{}", s.display, s.text))
            .collect();
        let _ = std::fs::write(
            PathBuf::from(dir).join(format!("{test}.last")),
            text.join("\n"),
        );
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = std::panic::catch_unwind(move || generate_and_check(sources, &limits));
        let _ = tx.send(result.map(|r| r.map_err(|e| (e.to_string(), names_location(&e)))));
    });
    let outcome = rx.recv_timeout(HANG);
    if std::env::var_os("HOSTILE_VERBOSE").is_some() {
        eprintln!(
            "outcome: {:?}",
            outcome.as_ref().map(|r| r.as_ref().map(|r| r
                .as_ref()
                .map_err(|(t, l)| (t.chars().take(300).collect::<String>(), *l))))
        );
    }
    match outcome {
        Ok(Ok(Ok(broken))) => Outcome::Generated(broken),
        Ok(Ok(Err((text, located)))) => Outcome::Failed(text, located),
        Ok(Err(panic)) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("the generator panicked: {message}")
        }
        Err(_) => panic!("the generator did not finish within {HANG:?}"),
    }
}

/// Whether an error says where the problem is.
fn names_location(e: &Error) -> bool {
    let text = e.to_string();
    match e {
        // Internal errors are generator bugs, whatever their text says.
        Error::Emit { .. } => false,
        Error::Conflict { pointer, .. } => pointer.starts_with('#'),
        _ => {
            let located = e.location().is_some_and(|l| {
                l.file.is_some() || l.pointer.as_deref().is_some_and(|p| p.starts_with('#'))
            });
            located && (text.contains(".yaml") || text.contains("#/") || text.contains(".json"))
        }
    }
}

fn source(display: &str, text: String, format: Format) -> SourceFile {
    SourceFile::from_text(PathBuf::from(display), display.to_owned(), text, format)
        .unwrap()
        .into_iter()
        .next()
        .unwrap()
}

/// Every JSON pointer-like path of a value (as segment lists), parents before children.
fn paths(value: &Value) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new()];
    let mut i = 0;
    while i < out.len() {
        let path = out[i].clone();
        i += 1;
        match get(value, &path) {
            Some(Value::Object(map)) => {
                out.extend(map.keys().map(|k| [path.clone(), vec![k.clone()]].concat()))
            }
            Some(Value::Array(items)) => {
                out.extend((0..items.len()).map(|n| [path.clone(), vec![n.to_string()]].concat()))
            }
            _ => {}
        }
    }
    out
}

fn get<'v>(value: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, s| match v {
        Value::Object(m) => m.get(s),
        Value::Array(a) => a.get(s.parse::<usize>().ok()?),
        _ => None,
    })
}

fn get_mut<'v>(value: &'v mut Value, path: &[String]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |v, s| match v {
        Value::Object(m) => m.get_mut(s),
        Value::Array(a) => a.get_mut(s.parse::<usize>().ok()?),
        _ => None,
    })
}

/// One structural mutation, applied at the node `pick` selects.
#[derive(Debug, Clone)]
enum Mutation {
    /// Removes the node from its parent.
    Drop,
    /// Replaces the node with a value of another JSON type.
    SwapType(u8),
    /// Cuts a string short (or empties an object/array).
    Truncate(usize),
    /// Rewrites every `$ref` under the node to something broken.
    BreakRefs(u8),
    /// Makes a component schema (or the node) refer to itself or to another component.
    Cycle(usize),
    /// Replaces the node with a huge string.
    Huge,
    /// Wraps the node in many levels of schema nesting.
    Nest(usize),
    /// Replaces a schema with `depth` levels of nesting around a leaf that is no schema.
    InvalidLeaf(usize, u8),
    /// Makes `members` component schemas include each other in a ring of `allOf`s.
    AllOfCycle(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::Drop),
        3 => any::<u8>().prop_map(Mutation::SwapType),
        2 => (0usize..40).prop_map(Mutation::Truncate),
        3 => any::<u8>().prop_map(Mutation::BreakRefs),
        3 => any::<usize>().prop_map(Mutation::Cycle),
        1 => Just(Mutation::Huge),
        1 => (50usize..400).prop_map(Mutation::Nest),
        1 => (1usize..40).prop_map(Mutation::Nest),
        3 => ((0usize..40), any::<u8>()).prop_map(|(d, l)| Mutation::InvalidLeaf(d, l)),
        2 => ((2usize..6), any::<usize>()).prop_map(|(m, p)| Mutation::AllOfCycle(m, p)),
    ]
}

fn break_refs(node: &mut Value, how: u8) {
    match node {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if k == "$ref" {
                    let current = v.as_str().unwrap_or("").to_owned();
                    *v = match how % 7 {
                        0 => Value::from(format!("{current}Nope")),
                        1 => Value::from("#/components/schemas/"),
                        2 => Value::from("other.yaml#/components/schemas/Dispute"),
                        3 => Value::from("#"),
                        4 => Value::from(42),
                        5 => Value::from("#/components/schemas/%ZZ%"),
                        _ => Value::from("#/paths/~1v1~1disputes/get/responses/200"),
                    };
                } else {
                    break_refs(v, how);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| break_refs(v, how)),
        _ => {}
    }
}

/// Whether a path is in a schema (or is one): not in examples, prose or Apifox bookkeeping.
fn is_schema_site(path: &[String]) -> bool {
    let in_schema = path.iter().any(|s| s == "schema")
        || (path.len() >= 2 && path[0] == "components" && path[1] == "schemas");
    let bookkeeping = path.iter().any(|s| {
        matches!(
            s.as_str(),
            "example" | "examples" | "description" | "title" | "summary"
        ) || s.starts_with("x-")
    });
    in_schema && !bookkeeping
}

/// Where a mutation lands: four times in five a schema position, else anywhere.
#[derive(Debug, Clone, Copy)]
struct Site {
    anywhere: bool,
    pick: usize,
}

fn site() -> impl Strategy<Value = Site> {
    (prop::bool::weighted(0.2), any::<usize>()).prop_map(|(anywhere, pick)| Site { anywhere, pick })
}

/// A leaf where a schema belongs, of many wrong shapes.
fn invalid_leaf(kind: u8) -> Value {
    match kind % 9 {
        0 => Value::from("x"),
        1 => Value::from(17),
        2 => Value::Null,
        3 => Value::from(true),
        4 => serde_json::json!([{"type": "string"}]),
        5 => serde_json::json!({"type": 5}),
        6 => serde_json::json!({"type": "object", "properties": "none"}),
        7 => serde_json::json!({"allOf": {"type": "string"}}),
        _ => serde_json::json!({"type": "string", "maxLength": "long"}),
    }
}

fn apply(doc: &mut Value, site: Site, mutation: &Mutation) {
    let all = paths(doc);
    let schema_sites: Vec<&Vec<String>> = all.iter().filter(|p| is_schema_site(p)).collect();
    let path = if site.anywhere || schema_sites.is_empty() {
        all[site.pick % all.len()].clone()
    } else {
        schema_sites[site.pick % schema_sites.len()].clone()
    };
    match mutation {
        Mutation::Drop => {
            if let Some((last, parent)) = path.split_last() {
                match get_mut(doc, parent) {
                    Some(Value::Object(m)) => {
                        m.shift_remove(last);
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < a.len() {
                                a.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::SwapType(t) => {
            if let Some(node) = get_mut(doc, &path) {
                *node = match (t % 6, &node) {
                    (0, _) => Value::Null,
                    (1, Value::String(_)) => Value::from(12345),
                    (1, _) => Value::from("a string now"),
                    (2, _) => Value::from(true),
                    (3, _) => Value::Array(vec![node.clone()]),
                    (4, Value::Object(_)) => Value::from(["not", "an", "object"].as_slice()),
                    (4, _) => serde_json::json!({"unexpected": node.clone()}),
                    _ => Value::from(-1.5),
                };
            }
        }
        Mutation::Truncate(n) => {
            if let Some(node) = get_mut(doc, &path) {
                match node {
                    Value::String(s) => {
                        let cut = s.char_indices().nth(*n).map_or(s.len(), |(i, _)| i);
                        s.truncate(cut);
                    }
                    Value::Object(m) => m.clear(),
                    Value::Array(a) => a.clear(),
                    _ => {}
                }
            }
        }
        Mutation::BreakRefs(how) => {
            if let Some(node) = get_mut(doc, &path) {
                break_refs(node, *how);
            }
        }
        Mutation::Cycle(pick) => {
            let names: Vec<String> = doc
                .pointer("/components/schemas")
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            if names.is_empty() {
                return;
            }
            let a = &names[pick % names.len()];
            let b = &names[(pick / 7) % names.len()];
            let reference =
                |n: &str| Value::from(format!("#/components/schemas/{}", n.replace(' ', "%20")));
            match pick % 3 {
                // A -> B -> A through `$ref`s only: no type can be made of that.
                0 => {
                    doc["components"]["schemas"][a] = serde_json::json!({"$ref": reference(b)});
                    doc["components"]["schemas"][b] = serde_json::json!({"$ref": reference(a)});
                }
                // A recursive struct: A has a property of type A (legal; needs a Box).
                1 => {
                    doc["components"]["schemas"][a] = serde_json::json!({
                        "type": "object",
                        "required": ["next"],
                        "properties": {"next": {"$ref": reference(a)}, "items": {"type": "array", "items": {"$ref": reference(b)}}}
                    });
                }
                // The node itself points back at a component that contains it.
                _ => {
                    if let Some(node) = get_mut(doc, &path) {
                        *node = serde_json::json!({"allOf": [{"$ref": reference(a)}], "nullable": true});
                    }
                }
            }
        }
        Mutation::Huge => {
            if let Some(node) = get_mut(doc, &path) {
                *node = Value::from("x".repeat(3 * 1024 * 1024));
            }
        }
        Mutation::InvalidLeaf(depth, kind) => {
            if let Some(node) = get_mut(doc, &path) {
                *node = nested_schema(*depth, invalid_leaf(*kind));
            }
        }
        Mutation::AllOfCycle(members, pick) => {
            // An earlier mutation may have made `components` (or the document) a non-object:
            // indexing would panic in the harness, so there is no ring to make.
            let Some(schemas) = doc
                .pointer_mut("/components/schemas")
                .and_then(Value::as_object_mut)
            else {
                return;
            };
            let mut names: Vec<String> = schemas.keys().cloned().collect();
            for extra in names.len()..*members {
                names.push(format!("Ring{extra}"));
            }
            let start = pick % names.len();
            let ring: Vec<String> = (0..*members)
                .map(|i| names[(start + i) % names.len()].clone())
                .collect();
            let reference =
                |n: &str| Value::from(format!("#/components/schemas/{}", n.replace(' ', "%20")));
            for (i, name) in ring.iter().enumerate() {
                let next = &ring[(i + 1) % ring.len()];
                let own = serde_json::json!({"type": "object", "properties": {format!("ring{i}"): {"type": "string"}}});
                // Either the whole schema is replaced, or its existing body becomes a member.
                let body = match schemas.get(name) {
                    Some(existing) if (pick / 5) % 2 == 0 => existing.clone(),
                    _ => own,
                };
                schemas.insert(
                    name.clone(),
                    serde_json::json!({"allOf": [{"$ref": reference(next)}, body]}),
                );
            }
        }
        Mutation::Nest(depth) => {
            if let Some(node) = get_mut(doc, &path) {
                let mut inner = node.clone();
                for i in 0..*depth {
                    inner = if i % 2 == 0 {
                        serde_json::json!({"type": "array", "items": inner})
                    } else {
                        serde_json::json!({"type": "object", "properties": {"a": inner}})
                    };
                }
                *node = inner;
            }
        }
    }
}

/// Found by a 20,000-case run: an `allOf` ring (or a `$ref` cycle) applied after another
/// mutation made `components` a boolean panicked in the harness (`doc["components"]["schemas"]`
/// indexes a boolean mutably), ending the run before the generator saw the spec. Every
/// mutation now applies to any document shape.
#[test]
fn mutations_apply_to_documents_of_any_shape() {
    let broken_components = serde_json::json!({"openapi": "3.0.1", "components": true});
    let mutations = [
        Mutation::AllOfCycle(2, 7_759_971_445_803_622_401),
        Mutation::Cycle(3),
        Mutation::Cycle(4),
        Mutation::Cycle(5),
    ];
    for document in [
        broken_components,
        Value::from(true),
        Value::Null,
        serde_json::json!([1]),
    ] {
        for mutation in &mutations {
            for anywhere in [false, true] {
                let mut doc = document.clone();
                apply(&mut doc, Site { anywhere, pick: 1 }, mutation);
            }
        }
    }
    // The shrunk case itself: a type swap at the root's `components`, then a ring.
    let (_, mut doc) = parsed_seeds()[2].clone();
    doc["components"] = Value::Bool(true);
    apply(
        &mut doc,
        Site {
            anywhere: false,
            pick: 13_814_606_114_674_916_872,
        },
        &Mutation::AllOfCycle(2, 7_759_971_445_803_622_401),
    );
    assert_eq!(doc["components"], Value::Bool(true));
}

/// Cases per property: `PROPTEST_CASES` (`cargo xtask fuzz --cases N` sets it), else 1,000.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), max_shrink_iters: 64, failure_persistence: None, .. ProptestConfig::default() })]

    /// Structural mutations of a parsed spec, fed back in as JSON or as YAML text: every
    /// failure is located, every success satisfies the crate invariants.
    #[test]
    fn mutated_specs_fail_cleanly(
        seed in 0usize..5,
        mutations in prop::collection::vec((site(), mutation()), 1..4),
        as_json in any::<bool>(),
    ) {
        let (display, mut doc) = parsed_seeds()[seed].clone();
        for (at, m) in &mutations {
            apply(&mut doc, *at, m);
        }
        let (display, text, format) = if as_json {
            (display.replace(".yaml", ".json"), serde_json::to_string_pretty(&doc).unwrap(), Format::Json)
        } else {
            // JSON is YAML: flow style, which the YAML reader must handle too.
            (display, serde_json::to_string(&doc).unwrap(), Format::Yaml)
        };
        match run(vec![source(&display, text, format)], Limits::default()) {
            Outcome::Generated(broken) => prop_assert!(broken.is_empty(), "the generated crate is wrong: {broken:#?}"),
            Outcome::Failed(message, located) => prop_assert!(located, "the error does not say where: {message}"),
        }
    }

    /// Text-level damage: truncation, inserted bytes, duplicated lines; mixed with an intact
    /// second file, so merge errors are exercised too.
    #[test]
    fn damaged_text_fails_cleanly(
        seed in 0usize..5,
        cut in any::<prop::sample::Index>(),
        insert in prop::sample::select(vec!["", ":", "- ", "{", "[", "&a ", "*a", "!!binary ", "\t", "'", "\"", "%", "? ", "<<: *a\n", "\u{FEFF}", "\0"]),
        truncate in any::<bool>(),
        with_other in any::<bool>(),
    ) {
        let seeds = seed_texts();
        let (display, text) = seeds[seed].clone();
        let mut at = cut.index(text.len().max(1));
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = if truncate {
            text[..at].to_owned()
        } else {
            format!("{}{insert}{}", &text[..at], &text[at..])
        };
        let mut sources = vec![source(&display, damaged, Format::Yaml)];
        if with_other {
            let (other_display, other_text) = seeds[(seed + 1) % seeds.len()].clone();
            sources.push(source(&other_display, other_text, Format::Yaml));
        }
        match run(sources, Limits::default()) {
            Outcome::Generated(broken) => prop_assert!(broken.is_empty(), "the generated crate is wrong: {broken:#?}"),
            Outcome::Failed(message, located) => prop_assert!(located, "the error does not say where: {message}"),
        }
    }
}

/// The classic "billion laughs": nine levels of nine aliases each (387 million strings).
#[test]
fn yaml_alias_bomb_is_refused_quickly() {
    let mut bomb = String::from("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let (prev, name) = (pair[0], pair[1]);
        bomb.push_str(&format!("x-{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    let started = Instant::now();
    let Outcome::Failed(message, located) = run(
        vec![source("bomb.yaml", bomb, Format::Yaml)],
        Limits::default(),
    ) else {
        panic!("the alias bomb was accepted");
    };
    // Generous for a loaded 2-core machine: expanding the aliases would take minutes.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert!(
        message.contains("repetition limit") || message.contains("alias bomb"),
        "{message}"
    );
    assert!(located && message.contains("bomb.yaml"), "{message}");
}

/// Aliases that stay under YAML's repetition limit but expand past `max_nodes` are stopped by
/// the loader's own budget.
#[test]
fn alias_expansion_beyond_the_node_budget_is_refused() {
    let text = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
    let limits = Limits {
        max_nodes: 500,
        ..Limits::default()
    };
    let Outcome::Failed(message, located) = run(
        vec![source("aliases.yaml", text.into(), Format::Yaml)],
        limits,
    ) else {
        panic!("expansion past the node budget was accepted");
    };
    assert!(
        message.contains("limit exceeded") && message.contains("500"),
        "{message}"
    );
    assert!(located && message.contains("aliases.yaml"), "{message}");
}

/// 10,000 nested `[` (YAML flow and JSON) and 2,000 nested block mappings (2 MB of indentation): refused without a
/// stack overflow (which would abort the whole test process, not just fail).
#[test]
fn deep_nesting_is_refused_without_stack_overflow() {
    let brackets = format!("openapi: 3.0.1\nx-deep: {}\n", "[".repeat(10_000));
    let json = format!(
        "{{\"openapi\": \"3.0.1\", \"x-deep\": {}}}",
        "[".repeat(10_000)
    );
    let mut block = String::from("openapi: 3.0.1\n");
    for depth in 0..2_000 {
        block.push_str(&" ".repeat(depth));
        block.push_str("a:\n");
    }
    // The YAML parser stops at its own recursion limit (128), before the loader's `max_depth`
    // (100) would; the JSON reader applies `max_depth` as it goes.
    for (name, text, format, says) in [
        (
            "deep.yaml",
            brackets,
            Format::Yaml,
            "recursion limit exceeded",
        ),
        ("deep.json", json, Format::Json, "#/x-deep/0/0/0"),
        (
            "block.yaml",
            block,
            Format::Yaml,
            "recursion limit exceeded",
        ),
    ] {
        let started = Instant::now();
        let Outcome::Failed(message, located) =
            run(vec![source(name, text, format)], Limits::default())
        else {
            panic!("{name}: deep nesting was accepted");
        };
        assert!(located && message.contains(name), "{message}");
        assert!(message.contains(says), "{name}: {message}");
        if format == Format::Json {
            assert!(
                message.contains("nesting deeper than 100 levels"),
                "{message}"
            );
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{name}: took {:?}",
            started.elapsed()
        );
    }
}

/// Nesting within the parser's limits but deeper than `Limits::max_depth` is the loader's call.
#[test]
fn nesting_past_max_depth_names_the_pointer() {
    let mut schema = serde_json::json!({"type": "string"});
    for _ in 0..60 {
        schema = serde_json::json!({"type": "array", "items": schema});
    }
    let doc = serde_json::json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"Deep": schema}}});
    let limits = Limits {
        max_depth: 40,
        ..Limits::default()
    };
    let Outcome::Failed(message, located) = run(
        vec![source(
            "nest.yaml",
            serde_json::to_string(&doc).unwrap(),
            Format::Yaml,
        )],
        limits,
    ) else {
        panic!("nesting past max_depth was accepted");
    };
    assert!(
        located
            && message.contains("nest.yaml")
            && message.contains("#/components/schemas/Deep/items"),
        "{message}"
    );
    assert!(message.contains("nesting deeper than 40"), "{message}");
}

/// A file over `max_file_bytes` is refused before it is read.
#[test]
fn oversized_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let mut text = String::from("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n");
    text.push_str(&format!("x-padding: '{}'\n", "x".repeat(4096)));
    std::fs::write(&path, &text).unwrap();
    let options = Options {
        limits: Limits {
            max_file_bytes: 1024,
            ..Limits::default()
        },
        ..Options::default()
    };
    let err = wooshpay_codegen::render(&path, &options).unwrap_err();
    assert!(matches!(err, Error::Limit { .. }), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("big.yaml") && message.contains("limit is 1024 bytes"),
        "{message}"
    );
}

/// A string over `max_string_bytes` is refused with its pointer.
#[test]
fn oversized_string_is_refused() {
    let text = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: '1', description: '{}'}}\npaths: {{}}\n",
        "x".repeat(2048)
    );
    let limits = Limits {
        max_string_bytes: 1024,
        ..Limits::default()
    };
    let Outcome::Failed(message, located) =
        run(vec![source("long.yaml", text, Format::Yaml)], limits)
    else {
        panic!("the long string was accepted");
    };
    assert!(
        located && message.contains("long.yaml") && message.contains("#/info/description"),
        "{message}"
    );
}

/// Recursive schemas are legal: a struct that holds itself (directly or through another
/// struct) gets a `Box` at the field that closes the cycle; `Vec`s need none.
#[test]
fn recursive_schemas_are_boxed() {
    use wooshpay_codegen::model::{self, TypeKind, TypeRef};
    let doc = serde_json::json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "Node": {"type": "object", "required": ["next"], "properties": {
                "next": {"$ref": "#/components/schemas/Node"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
            }},
            "A": {"type": "object", "required": ["b"], "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}
        }}
    });
    let loaded = load::load_sources(
        vec![source("rec.json", doc.to_string(), Format::Json)],
        &Limits::default(),
    )
    .unwrap();
    let api = model::build(&loaded.document, &mut Vec::new()).unwrap();
    let field = |ty: &str, name: &str| {
        let def = api.types.iter().find(|t| t.name == ty).unwrap();
        let TypeKind::Struct(fields) = &def.kind else {
            panic!("{ty} is a struct")
        };
        fields
            .iter()
            .find(|f| f.wire_name == name)
            .unwrap()
            .ty
            .clone()
    };
    assert!(matches!(field("Node", "next"), TypeRef::Boxed(_)));
    assert!(matches!(field("Node", "children"), TypeRef::Vec(_)));
    assert!(
        matches!(field("A", "b"), TypeRef::Boxed(_))
            || matches!(field("B", "a"), TypeRef::Boxed(_))
    );
    // And the crate renders.
    wooshpay_codegen::render_loaded(loaded, &Options::default()).unwrap();
}

/// Two schemas that include each other through `allOf` used to overflow the stack (an abort
/// no `catch_unwind` can stop); now the cycle is a located error.
#[test]
fn mutually_including_all_of_is_a_located_error() {
    let reference = |n: &str| serde_json::json!({"$ref": format!("#/components/schemas/{n}")});
    for members in [2usize, 3, 5] {
        let names: Vec<String> = (0..members).map(|i| format!("S{i}")).collect();
        let mut schemas = serde_json::Map::new();
        for (i, name) in names.iter().enumerate() {
            let next = &names[(i + 1) % members];
            schemas.insert(
                name.clone(),
                serde_json::json!({"allOf": [reference(next), {"type": "object", "properties": {format!("p{i}"): {"type": "string"}}}]}),
            );
        }
        let doc = serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
            "paths": {"/v1/s": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": reference("S0")}}}}}}},
            "components": {"schemas": schemas},
        });
        let Outcome::Failed(message, located) = run(
            vec![source("cycle.json", doc.to_string(), Format::Json)],
            Limits::default(),
        ) else {
            panic!("{members} members: the allOf cycle was accepted");
        };
        assert!(
            located
                && message.contains("cyclic")
                && message.contains("allOf")
                && message.contains("#/components/schemas/S"),
            "{members} members: {message}"
        );
    }
}
/// A schema nested `depth` levels (alternating arrays and objects) around `leaf`.
fn nested_schema(depth: usize, leaf: Value) -> Value {
    let mut schema = leaf;
    for i in 0..depth {
        schema = if i % 2 == 0 {
            serde_json::json!({"type": "array", "items": schema})
        } else {
            serde_json::json!({"type": "object", "properties": {"a": schema}})
        };
    }
    schema
}

/// The pointer of the leaf `nested_schema(depth, …)` puts innermost, below `base`.
fn nested_leaf_pointer(base: &str, depth: usize) -> String {
    let mut pointer = base.to_owned();
    for i in (0..depth).rev() {
        pointer.push_str(if i % 2 == 0 {
            "/items"
        } else {
            "/properties/a"
        });
    }
    pointer
}

/// An invalid leaf (`"x"` where a schema belongs) deep inside a schema used to take time
/// exponential in its depth (19 s at depth 22); now it is refused at once, naming the leaf.
#[test]
fn invalid_leaf_under_deep_nesting_is_located_quickly() {
    for depth in [1, 24, 32] {
        let doc = serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {
                "Fine": {"type": "string"},
                "Deep": nested_schema(depth, Value::from("x")),
            }}
        });
        let started = Instant::now();
        let Outcome::Failed(message, located) = run(
            vec![source("leaf.json", doc.to_string(), Format::Json)],
            Limits::default(),
        ) else {
            panic!("depth {depth}: the invalid leaf was accepted");
        };
        let leaf = nested_leaf_pointer("#/components/schemas/Deep", depth);
        assert!(
            located && message.contains(&format!("{leaf}:")) && message.contains("leaf.json"),
            "depth {depth}: {message}"
        );
        eprintln!("depth {depth}: {:?}", started.elapsed());
    }
}

/// The same inside an operation: a request body schema and a response schema.
#[test]
fn invalid_leaf_in_operation_schemas_is_located() {
    for (where_, leaf_value) in [
        ("requestBody", Value::from(17)),
        ("responses", Value::from("x")),
    ] {
        let schema = nested_schema(30, leaf_value);
        let mut op = serde_json::json!({"responses": {"200": {"description": "ok"}}});
        let base = if where_ == "requestBody" {
            op["requestBody"] =
                serde_json::json!({"content": {"application/json": {"schema": schema}}});
            "#/paths/~1v1~1things/post/requestBody/content/application~1json/schema"
        } else {
            op["responses"]["200"]["content"] =
                serde_json::json!({"application/json": {"schema": schema}});
            "#/paths/~1v1~1things/post/responses/200/content/application~1json/schema"
        };
        let doc = serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
            "paths": {"/v1/things": {"post": op}},
        });
        let Outcome::Failed(message, located) = run(
            vec![source("op.json", doc.to_string(), Format::Json)],
            Limits::default(),
        ) else {
            panic!("{where_}: the invalid leaf was accepted");
        };
        let leaf = nested_leaf_pointer(base, 30);
        assert!(
            located && message.contains(&format!("{leaf}:")),
            "{where_}: {message}"
        );
    }
}

/// The document `body` (JSON text, also read as YAML unless `yaml` is given) as each format
/// reads it: a `.json` file, a `.yaml` file, and Markdown pages with a ```json and a ```yaml block.
fn in_every_format(name: &str, body: &str, yaml: Option<&str>) -> Vec<(String, SourceFile)> {
    let yaml_body = yaml.unwrap_or(body);
    let page = |lang: &str| {
        let block = if lang == "json" { body } else { yaml_body };
        format!("# {name}\n\nSome prose.\n\n```{lang}\n{block}\n```\n")
    };
    vec![
        (
            format!("{name}.json"),
            source(&format!("{name}.json"), body.to_owned(), Format::Json),
        ),
        (
            format!("{name}.yaml"),
            source(&format!("{name}.yaml"), yaml_body.to_owned(), Format::Yaml),
        ),
        (
            format!("{name}-json.md"),
            source(&format!("{name}-json.md"), page("json"), Format::Markdown),
        ),
        (
            format!("{name}-yaml.md"),
            source(&format!("{name}-yaml.md"), page("yaml"), Format::Markdown),
        ),
    ]
}

/// `max_string_bytes`, `max_depth` and `max_nodes` hold for YAML, JSON and Markdown alike:
/// each is refused as a limit, with the file and the pointer of the value past it.
#[test]
fn limits_hold_for_every_format() {
    let head = r#""openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}"#;
    let long = format!(
        r#"{{{head}, "x-long": {{"text": "{}"}}}}"#,
        "y".repeat(3 * 1024 * 1024)
    );
    let deep = format!(
        r#"{{{head}, "x-deep": {}1{}}}"#,
        "[".repeat(110),
        "]".repeat(110)
    );
    let wide = format!(r#"{{{head}, "x-wide": [{}]}}"#, vec!["0"; 5_000].join(","));
    let long_key = format!(
        r#"{{{head}, "x-keys": {{"{}": 1}}}}"#,
        "k".repeat(2 * 1024 * 1024)
    );
    // YAML's implicit keys stop at 1024 characters: a long one needs the explicit `? ` form.
    let long_key_yaml = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nx-keys:\n  ? {}\n  : 1\n",
        "k".repeat(2 * 1024 * 1024)
    );
    let few_nodes = Limits {
        max_nodes: 1_000,
        ..Limits::default()
    };
    // (name, JSON text, YAML text if JSON cannot say it, limits, pointer, message)
    type Case<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        &'a Limits,
        &'a str,
        &'a str,
    );
    let cases: [Case; 4] = [
        (
            "long",
            &long,
            None,
            &Limits::default(),
            "#/x-long/text",
            "the limit is 1048576",
        ),
        (
            "deep",
            &deep,
            None,
            &Limits::default(),
            "#/x-deep/0/0/0",
            "nesting deeper than 100",
        ),
        (
            "wide",
            &wide,
            None,
            &few_nodes,
            "#/x-wide/",
            "more than 1000 values",
        ),
        (
            "key",
            &long_key,
            Some(&long_key_yaml),
            &Limits::default(),
            "#/x-keys",
            "the limit is 1048576",
        ),
    ];
    for (name, body, yaml, limits, pointer, says) in cases {
        for (display, file) in in_every_format(name, body, yaml) {
            let started = Instant::now();
            let err = load::load_sources(vec![file], limits)
                .expect_err(&format!("{display}: accepted past the limit"));
            let message = err.to_string();
            assert!(
                matches!(err, Error::Limit { .. }),
                "{display}: not a limit error: {message}"
            );
            assert!(
                message.contains(&display) && message.contains(pointer) && message.contains(says),
                "{display}: {message}"
            );
            // Generous for a loaded 2-core machine; unbounded work would take far longer.
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{display}: took {:?}",
                started.elapsed()
            );
        }
    }
    // Just within every limit: accepted in every format.
    let fits = format!(
        r#"{{{head}, "x-fits": {{"text": "{}", "deep": {}1{}}}}}"#,
        "y".repeat(1024),
        "[".repeat(90),
        "]".repeat(90)
    );
    for (display, file) in in_every_format("fits", &fits, None) {
        load::load_sources(vec![file], &Limits::default())
            .unwrap_or_else(|e| panic!("{display}: refused within the limits: {e}"));
    }
}

/// Schemas nested up to the model's bound generate on a thread with the default 2 MiB stack
/// (every stage recurses per level; 60 levels of arrays used to overflow it, an abort), and one
/// level more is a located limit error at the first schema past it.
#[test]
fn schema_nesting_is_bounded_below_a_stack_overflow() {
    use wooshpay_codegen::shape::schema::MAX_NESTING;
    let arrays = |depth: usize| {
        let mut schema = serde_json::json!({"type": "string"});
        for _ in 0..depth {
            schema = serde_json::json!({"type": "array", "items": schema});
        }
        schema
    };
    let within = [
        arrays(MAX_NESTING),
        nested_schema(MAX_NESTING, serde_json::json!({"type": "integer"})),
    ];
    for (n, schema) in within.into_iter().enumerate() {
        let doc = serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"Deep": schema}}
        });
        match run(
            vec![source("deep.json", doc.to_string(), Format::Json)],
            Limits::default(),
        ) {
            Outcome::Generated(broken) => assert!(broken.is_empty(), "{broken:?}"),
            Outcome::Failed(message, _) => panic!("shape {n}: refused within the bound: {message}"),
        }
    }
    for depth in [MAX_NESTING + 1, 60, 90] {
        let doc = serde_json::json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"Deep": arrays(depth)}}
        });
        let Outcome::Failed(message, located) = run(
            vec![source("deep.json", doc.to_string(), Format::Json)],
            Limits::default(),
        ) else {
            panic!("depth {depth}: accepted past the bound");
        };
        let first_past = format!(
            "#/components/schemas/Deep{}:",
            "/items".repeat(MAX_NESTING + 1)
        );
        assert!(
            located
                && message.contains(&first_past)
                && message.contains(&format!("nested deeper than {MAX_NESTING}")),
            "depth {depth}: {message}"
        );
    }
}

/// Distinct mutated specs whose generated crates `cargo check` compiles (besides the seeds):
/// `HOSTILE_COMPILE_MUTANTS` (`cargo xtask fuzz --compile N` sets it), else 8.
fn compiled_mutants() -> usize {
    std::env::var("HOSTILE_COMPILE_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(8)
}

/// The seed of that sample: fixed, so every run checks the same crates, unless
/// `HOSTILE_COMPILE_SEED` (a number; `cargo xtask fuzz` picks one and prints it) asks for
/// another sample.
fn compile_sample_seed() -> [u8; 32] {
    match std::env::var("HOSTILE_COMPILE_SEED")
        .ok()
        .and_then(|n| n.parse::<u64>().ok())
    {
        Some(n) => {
            let mut seed = [0u8; 32];
            seed[..8].copy_from_slice(&n.to_le_bytes());
            seed
        }
        None => *b"wooshpay-codegen: compile sample",
    }
}

/// Renders the crate for `sources` as `wooshpay_codegen::render_loaded` does (the real path,
/// settings and all), under the package name `name`; a panic or a hang fails the test.
fn render_crate(sources: Vec<SourceFile>, name: &str) -> Result<wooshpay_codegen::Files, String> {
    let name = name.to_owned();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut options = Options::default();
        options.emit.crate_name = name;
        let rendered = load::load_sources(sources, &options.limits)
            .and_then(|loaded| wooshpay_codegen::render_loaded(loaded, &options));
        let _ = tx.send(rendered.map(|(files, _)| files).map_err(|e| e.to_string()));
    });
    rx.recv_timeout(HANG)
        .expect("the generator panicked or did not finish in time")
}

/// The mutated specs of the compile sample: drawn with the fixed seed from the same strategy as
/// `mutated_specs_fail_cleanly`, keeping those that generate a crate unlike every crate kept so
/// far (`known` holds the seeds' crates, keyed without their package names).
fn compile_sample(
    known: &mut std::collections::HashSet<String>,
) -> Vec<(String, wooshpay_codegen::Files)> {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &compile_sample_seed()),
    );
    let strategy = (
        0usize..5,
        prop::collection::vec((site(), mutation()), 1..4),
        any::<bool>(),
    );
    let wanted = compiled_mutants();
    let mut sample = Vec::new();
    let mut drawn = 0;
    while sample.len() < wanted && drawn < 250 * wanted.max(8) {
        drawn += 1;
        let (seed, mutations, as_json) = strategy.new_tree(&mut runner).unwrap().current();
        let (display, mut doc) = parsed_seeds()[seed].clone();
        for (at, m) in &mutations {
            apply(&mut doc, *at, m);
        }
        let (display, text, format) = if as_json {
            let display = display.replace(".yaml", ".json");
            (
                display,
                serde_json::to_string_pretty(&doc).unwrap(),
                Format::Json,
            )
        } else {
            (display, serde_json::to_string(&doc).unwrap(), Format::Yaml)
        };
        let name = format!("mutant_{:02}", sample.len());
        let Ok(files) = render_crate(vec![source(&display, text, format)], &name) else {
            continue;
        };
        if known.insert(crate_key(&files, &name)) {
            eprintln!("{name}: draw {drawn}, {display}, {mutations:?}");
            sample.push((name, files));
        }
    }
    sample
}

/// The crate's files as one text with its package name blanked out: equal keys, same code.
fn crate_key(files: &wooshpay_codegen::Files, name: &str) -> String {
    files
        .iter()
        .map(|(path, text)| format!("{path}\n{}", text.replace(name, "CRATE")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The target folder the workspace builds into: dependencies checked by earlier builds (CI
/// checks the generated crate's feature sets there first) are reused, not rebuilt.
fn shared_target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| wooshpay_tests::workspace_root().join("target"))
}

/// `cargo check` in `dir` (extra arguments `args`); the status and the compiler's messages.
fn cargo_check(dir: &std::path::Path, args: &[&str]) -> (bool, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = std::process::Command::new(cargo);
    // Not offline: CI starts from an empty cargo home.
    command
        .current_dir(dir)
        .args(["check", "--workspace", "--message-format", "short"])
        .args(args)
        .env("CARGO_TARGET_DIR", shared_target_dir());
    // The variables cargo set for this test binary: build scripts watch some of them (ring's
    // does), and a different value would rebuild those dependencies here and again later.
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        if key.starts_with("CARGO_PKG_")
            || key.starts_with("CARGO_MANIFEST_")
            || matches!(
                key,
                "CARGO_CRATE_NAME" | "CARGO_BIN_NAME" | "CARGO_PRIMARY_PACKAGE" | "OUT_DIR"
            )
        {
            command.env_remove(key);
        }
    }
    let output = command.output().expect("cannot run cargo");
    let messages = [&output.stdout, &output.stderr]
        .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
        .join("\n");
    (output.status.success(), messages)
}

/// A spec whose resources are named like the generated crate's other features and runtime
/// modules, with a component schema no operation uses.
const FEATURE_NAMES_SPEC: &str = r#"
openapi: 3.0.3
info: {title: Shelter, version: "1"}
paths:
  /pets/{id}:
    get:
      tags: [pets]
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /clients/{id}:
    get:
      tags: [client]
      operationId: getClient
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Owner'}}}}
  /unreferenced_schemas:
    get:
      tags: [unreferenced_schemas]
      operationId: listUnreferencedSchemas
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
components:
  schemas:
    Pet:
      type: object
      properties: {name: {type: string}, owner: {$ref: '#/components/schemas/Owner'}}
    Owner:
      type: object
      properties: {name: {type: string}}
    Adoption:
      description: No operation uses it.
      type: object
      properties:
        pet: {$ref: '#/components/schemas/Pet'}
        record: {type: object, properties: {signed_at: {type: string}}}
"#;

/// A sample of generated crates compiles: the seeds as they are (the WooshPay dispute exports,
/// the WePay fixture, an Apifox Markdown page, the public petstore, resources named like the
/// crate's features) and distinct mutated specs the generator accepts,
/// written out as one workspace and `cargo check`ed with all features and with none.
#[test]
fn generated_crates_compile_for_a_sample() {
    let mut known = std::collections::HashSet::new();
    let mut crates = Vec::new();
    let page = include_str!("../../generator/tests/fixtures/close_dispute_apifox_page.md");
    let mut seeds: Vec<(String, Vec<SourceFile>)> = seed_texts()
        .iter()
        .map(|(display, text)| {
            (
                display.clone(),
                vec![source(display, text.clone(), Format::Yaml)],
            )
        })
        .collect();
    seeds.push((
        "close_dispute_apifox_page.md".into(),
        SourceFile::from_text(
            PathBuf::from("close_dispute_apifox_page.md"),
            "close_dispute_apifox_page.md".into(),
            page.into(),
            Format::Markdown,
        )
        .unwrap(),
    ));
    // A public spec with integer and string path parameters, forms and OAuth: path segments
    // built from numbers must outlive their encoding (a borrow error no WooshPay spec shows).
    let petstore = include_str!("../corpus/readme_3_0_petstore.yaml");
    seeds.push((
        "readme_3_0_petstore.yaml".into(),
        vec![source(
            "readme_3_0_petstore.yaml",
            petstore.into(),
            Format::Yaml,
        )],
    ));
    // Resources named like the crate's other features and modules (`client`,
    // `unreferenced_schemas`), and a component schema no operation uses: the crate's feature
    // names and gates must still compile, with all features and with none.
    seeds.push((
        "feature_names.yaml".into(),
        vec![source(
            "feature_names.yaml",
            FEATURE_NAMES_SPEC.into(),
            Format::Yaml,
        )],
    ));
    for (i, (display, sources)) in seeds.into_iter().enumerate() {
        let name = format!("seed_{i:02}");
        let files = render_crate(sources, &name).unwrap_or_else(|e| panic!("{display}: {e}"));
        known.insert(crate_key(&files, &name));
        crates.push((name, files));
    }
    let mutants = compile_sample(&mut known);
    assert_eq!(
        mutants.len(),
        compiled_mutants(),
        "the sample found too few distinct mutated specs that generate"
    );
    crates.extend(mutants);

    let dir = tempfile::tempdir().unwrap();
    let root = wooshpay_tests::workspace_root();
    let workspace_manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    // The main workspace's profiles, so the dependencies' builds are the same ones.
    let profiles: String = workspace_manifest
        .split("\n[")
        .filter(|table| table.starts_with("profile"))
        .map(|table| format!("\n[{}\n", table.trim_end()))
        .collect();
    let members: Vec<String> = crates.iter().map(|(n, _)| format!("{n:?}")).collect();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n{profiles}",
            members.join(", ")
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).unwrap();
    for (name, files) in &crates {
        wooshpay_codegen::emit::write_atomically(&dir.path().join(name), files).unwrap();
    }
    for features in [&[][..], &["--no-default-features"][..]] {
        let (ok, messages) = cargo_check(dir.path(), features);
        if std::env::var_os("HOSTILE_VERBOSE").is_some() {
            eprintln!("cargo check {features:?}:\n{messages}");
        }
        assert!(
            ok,
            "a generated crate does not compile (cargo check {features:?}):\n{messages}"
        );
        let warnings: Vec<&str> = messages
            .lines()
            .filter(|l| l.starts_with("warning") || l.contains(": warning"))
            .collect();
        assert!(
            warnings.is_empty(),
            "a generated crate compiles with warnings (cargo check {features:?}):\n{messages}"
        );
    }
}
