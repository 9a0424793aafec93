//! The namer's acceptance test: every position a spec names (types, fields, enum variants,
//! union variants, operations, path/query/header arguments, resource handles, modules and
//! files, cargo features, constants, the crate name) times every kind of awkward input (leading
//! digits, signs, non-Latin letters, every strict and reserved keyword, `self`/`Self`/`crate`/
//! `super`, weak keywords, empty and symbol-only names, names that collide once normalised).
//! Every generated file parses; the crate with all positions at once passes `cargo check` with
//! no warnings; wire names stay exactly as the spec writes them.

#[path = "support/cargo.rs"]
mod cargo_support;

use std::path::Path;

use serde_json::{json, Map, Value};
use wooshpay_codegen::{Files, Options};

/// Strict keywords of every edition, 2015 to 2024.
const STRICT: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
];

/// Reserved keywords of every edition.
const RESERVED: &[&str] = &[
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "crate", "super"];

/// Weak keywords: identifiers wherever they are legal, so they stay as written.
const WEAK: &[&str] = &["union", "raw", "safe", "macro_rules"];

/// Everything else: digits, signs, non-Latin letters, empty and symbol-only names, and pairs
/// that collide after normalisation (`foo-bar`/`foo_bar`/`FooBar`, `Type`/`type`).
const OTHER: &[&str] = &[
    "1Example",
    "3ds",
    "2022-11-15",
    "+1",
    "-1",
    "金额",
    "Ünïcödé",
    "δέλτα",
    "",
    "$%",
    "_",
    "__",
    "foo-bar",
    "foo_bar",
    "FooBar",
    "Type",
    "Self_",
    "self_",
    "r#type",
    "Option",
    "Result",
    "Client",
    // The crate's own module names, as resources (`client.resources()` is AWS Resource
    // Groups'): a glob re-export of `resources::resources` made `resources` ambiguous.
    "resources",
    "types",
    "testing",
    "webhooks",
];

fn inputs() -> Vec<&'static str> {
    [STRICT, RESERVED, NOT_RAW, WEAK, OTHER].concat()
}

/// A component key for an input: component names must match `^[a-zA-Z0-9.\-_]+$`, so the
/// other inputs are used as titles of schemas with a plain key instead.
fn component_key(i: usize, input: &str) -> String {
    if !input.is_empty()
        && input
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    {
        input.to_owned()
    } else {
        format!("Odd{i}")
    }
}

/// The template spec with every input in every position.
fn matrix_spec(title: &str) -> Value {
    let all = inputs();
    let mut schemas = Map::new();
    let mut everything = Map::new();
    for (i, input) in all.iter().enumerate() {
        let key = component_key(i, input);
        // A type named after the input, with a field named after it too.
        schemas.insert(
            key.clone(),
            json!({
                "type": "object",
                "title": input,
                "properties": {
                    *input: {"type": "string"},
                    "n": {"type": "integer"},
                },
                "required": ["n"],
            }),
        );
        // A field per input holding that type.
        everything.insert(
            (*input).to_owned(),
            json!({"$ref": format!("#/components/schemas/{key}")}),
        );
    }
    let keys: Vec<String> = all
        .iter()
        .enumerate()
        .map(|(i, input)| component_key(i, input))
        .collect();
    schemas.insert(
        "Everything".into(),
        json!({"type": "object", "properties": everything}),
    );
    // Enum variants.
    schemas.insert("Choice".into(), json!({"type": "string", "enum": all}));
    // Untagged union variants, named after the types they hold.
    schemas.insert(
        "Either".into(),
        json!({"oneOf": keys.iter().map(|k| json!({"$ref": format!("#/components/schemas/{k}")})).collect::<Vec<_>>()}),
    );
    // Untagged union variants named after their titles and shapes.
    let mut titled: Vec<Value> = all
        .iter()
        .map(|t| json!({"type": "object", "title": t, "properties": {"x": {"type": "string"}}}))
        .collect();
    titled.extend([
        json!({"type": "array", "items": {"type": "integer"}}),
        json!({"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}),
        json!({"type": "array", "items": {"type": "string"}}),
        json!({"type": "string"}),
        json!({}),
    ]);
    schemas.insert("Titled".into(), json!({"anyOf": titled}));
    // Tagged union variants, named after the tag values.
    let mut mapping = Map::new();
    for (input, key) in all.iter().zip(&keys) {
        mapping.insert(
            (*input).to_owned(),
            json!(format!("#/components/schemas/{key}")),
        );
    }
    schemas.insert(
        "Tagged".into(),
        json!({
            "oneOf": keys.iter().map(|k| json!({"$ref": format!("#/components/schemas/{k}")})).collect::<Vec<_>>(),
            "discriminator": {"propertyName": "kind", "mapping": mapping},
        }),
    );
    schemas.insert(
        "Unions".into(),
        json!({"type": "object", "properties": {
            "choice": {"$ref": "#/components/schemas/Choice"},
            "either": {"$ref": "#/components/schemas/Either"},
            "titled": {"$ref": "#/components/schemas/Titled"},
            "tagged": {"$ref": "#/components/schemas/Tagged"},
        }}),
    );

    let ok = |schema: &str| json!({"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}}});
    let mut paths = Map::new();
    // An operation and a resource per input: the tag names the resource (its handle, module,
    // file and feature), the operationId the method.
    for (i, input) in all.iter().enumerate() {
        paths.insert(
            format!("/r{i}/{{id}}"),
            json!({"get": {
                "tags": [input],
                "operationId": input,
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": ok("Unions"),
            }}),
        );
    }
    // Operations named by the input in one resource (collisions between methods).
    for (i, input) in all.iter().enumerate() {
        paths.insert(
            format!("/ops/op{i}"),
            json!({"post": {
                "tags": ["ops"],
                "operationId": input,
                "responses": ok("Everything"),
            }}),
        );
    }
    // Arguments: query and header parameters, and path parameters, named by every input.
    let mut params: Vec<Value> = Vec::new();
    for input in &all {
        params.push(json!({"name": input, "in": "query", "schema": {"type": "string"}}));
        params.push(json!({"name": input, "in": "header", "schema": {"type": "integer"}}));
    }
    let path_inputs: Vec<&str> = all
        .iter()
        .copied()
        .filter(|p| !p.is_empty() && !p.contains(['{', '}', '/']))
        .collect();
    let template: String = path_inputs.iter().map(|p| format!("/{{{p}}}")).collect();
    for input in &path_inputs {
        params.push(
            json!({"name": input, "in": "path", "required": true, "schema": {"type": "string"}}),
        );
    }
    paths.insert(
        format!("/args{template}"),
        json!({"get": {
            "tags": ["args"],
            "operationId": "everyArgument",
            "parameters": params,
            "responses": ok("Everything"),
        }}),
    );
    // Constants: one server per input.
    let servers: Vec<Value> = all
        .iter()
        .enumerate()
        .map(|(i, input)| json!({"url": format!("https://s{i}.example.com"), "description": input}))
        .collect();
    json!({
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1"},
        "servers": servers,
        "paths": paths,
        "components": {"schemas": schemas},
    })
}

fn render(spec: &Value) -> Files {
    let dir = tempfile::tempdir().expect("tempdir");
    if let Some(dump) = std::env::var_os("MATRIX_DUMP") {
        std::fs::write(dump, serde_json::to_string_pretty(spec).expect("json")).expect("dump");
    }
    std::fs::write(
        dir.path().join("api.json"),
        serde_json::to_string_pretty(spec).expect("json"),
    )
    .expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default())
        .unwrap_or_else(|e| panic!("the matrix spec does not generate: {e}"));
    files
}

/// Every Rust file parses, and every file name is one a crate can have.
fn assert_parses(files: &Files) {
    for (path, text) in files.iter() {
        if path.ends_with(".rs") {
            if let Err(e) = syn::parse_file(text) {
                panic!("{path} does not parse: {e}");
            }
            let stem = Path::new(path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap();
            assert!(
                stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !stem.starts_with(|c: char| c.is_ascii_digit()),
                "file name {path}"
            );
        }
    }
}

fn package_name(files: &Files) -> String {
    let manifest = &files["Cargo.toml"];
    let line = manifest
        .lines()
        .find(|l| l.starts_with("name = "))
        .expect("package name");
    line["name = ".len()..].trim_matches('"').to_owned()
}

#[test]
fn every_input_as_the_title_gives_a_valid_crate_name() {
    for title in inputs() {
        let spec = json!({
            "openapi": "3.0.3",
            "info": {"title": title, "version": "1"},
            "paths": {"/things": {"get": {"operationId": "listThings", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}}}}}},
        });
        let files = render(&spec);
        let name = package_name(&files);
        let ident = name.replace('-', "_");
        assert!(
            syn::parse_str::<syn::Ident>(&ident).is_ok()
                && !ident.starts_with(|c: char| c.is_ascii_digit()),
            "title {title:?} gives crate name {name:?}"
        );
        assert_parses(&files);
    }
}

#[test]
fn every_position_with_every_input_is_valid_rust() {
    let files = render(&matrix_spec("1Example"));
    assert_parses(&files);
    let types = &files["src/types.rs"];
    // Wire names stay exact: each input is a string literal on the wire side.
    for input in inputs() {
        let literal = format!("{input:?}");
        assert!(
            types.contains(&literal),
            "the wire name {literal} is not in src/types.rs"
        );
    }
    // Keywords are raw where they can be, suffixed where they cannot; weak keywords stay.
    assert!(types.contains("pub r#type:"), "raw field");
    assert!(types.contains("pub self_:"), "suffixed field");
    assert!(types.contains("pub union:"), "weak keyword field");
    assert!(!types.contains("r#union"), "weak keywords are not raw");
    assert!(!types.contains("__slot"), "slots named from the stem");
    // Untagged variants are never numbered after a bare shape.
    for numbered in ["Object2", "Array2", "Array3", "Json2", "Member2"] {
        let variant = format!("\n    {numbered}(");
        assert!(!types.contains(&variant), "{numbered} in src/types.rs");
    }
}

#[test]
fn the_matrix_crate_compiles_without_warnings() {
    let files = render(&matrix_spec("1Example"));
    let name = package_name(&files);
    let dir = tempfile::tempdir().expect("tempdir");
    cargo_support::scratch_workspace(dir.path(), &name, &files);
    let mut command = cargo_support::command(
        dir.path(),
        &["check", "--workspace", "--all-features"],
        &cargo_support::target_dir(),
    );
    let (success, messages) = cargo_support::run(&mut command);
    assert!(success, "the matrix crate does not compile:\n{messages}");
    let warnings: Vec<&str> = messages
        .lines()
        .filter(|l| l.starts_with("warning") || l.contains(": warning"))
        .collect();
    assert!(
        warnings.is_empty(),
        "the matrix crate compiles with warnings:\n{messages}"
    );
}
