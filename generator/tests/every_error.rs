//! One run reports every independent error it finds — all unresolved `$ref`s, all conflicts
//! between files, all structural errors, and the errors only the model stage finds (`$ref`s to
//! the wrong kind of component, missing security schemes, `allOf` and alias cycles) — each with its file, line, column and JSON pointer,
//! in YAML, JSON and Apifox Markdown inputs; past a limit the rest are counted. A failed run
//! writes nothing.

use std::path::Path;

use wooshpay_codegen::error::MAX_REPORTED_ERRORS;
use wooshpay_codegen::{Error, ErrorKind, Location, Options};

/// Writes `files` under a fresh `specs` folder and renders it; the error it must fail with.
fn error_for(files: &[(&str, &str)]) -> Error {
    let dir = tempfile::tempdir().expect("temp dir");
    let specs = dir.path().join("specs");
    for (name, text) in files {
        let path = specs.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
    match wooshpay_codegen::render(&specs, &Options::default()) {
        Ok(_) => panic!("the spec was accepted, but it is bad"),
        Err(e) => e,
    }
}

/// The 1-based line of the only line of `text` containing `needle`, and the column where the
/// value after the key starts (what the locator reports for a `$ref`).
fn line_of(text: &str, needle: &str) -> usize {
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(hits.len(), 1, "`{needle}` must occur once: {hits:?}");
    hits[0]
}

/// The error of `kind` at `pointer`, which must be listed exactly once.
fn find<'e>(error: &'e Error, kind: ErrorKind, pointer: &str) -> &'e Error {
    let hits: Vec<&Error> = error
        .all()
        .into_iter()
        .filter(|e| {
            e.kind() == kind && e.location().and_then(|l| l.pointer.as_deref()) == Some(pointer)
        })
        .collect();
    assert_eq!(hits.len(), 1, "one {kind:?} at {pointer} in:\n{error}");
    hits[0]
}

/// Asserts `location` names `file` and `line`, with a column.
fn assert_at(location: &Location, file: &str, line: usize, error: &Error) {
    assert_eq!(location.file.as_deref(), Some(file), "{error}");
    assert_eq!(location.line, Some(line), "{error}");
    assert!(location.column.is_some_and(|c| c > 0), "{error}");
}

/// A spec with five unresolved `$ref`s: in a component schema, a parameter, a response, a
/// request body, and a schema inside a request body.
const UNRESOLVED: &str = r##"openapi: 3.0.1
info: {title: Pets, version: '1'}
paths:
  /pets:
    get:
      parameters:
        - $ref: '#/components/parameters/MissingLimit'
      responses:
        '200':
          $ref: '#/components/responses/MissingList'
    post:
      requestBody:
        $ref: '#/components/requestBodies/MissingNewPet'
      responses:
        '201':
          description: created
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: {type: string}
                  tag: {$ref: '#/components/schemas/MissingTag'}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner: {$ref: '#/components/schemas/MissingOwner'}
        name: {type: string}
"##;

/// (pointer of the `$ref`, its target's name) of every unresolved reference in [`UNRESOLVED`].
const UNRESOLVED_AT: [(&str, &str); 5] = [
    ("#/paths/~1pets/get/parameters/0/$ref", "MissingLimit"),
    ("#/paths/~1pets/get/responses/200/$ref", "MissingList"),
    ("#/paths/~1pets/post/requestBody/$ref", "MissingNewPet"),
    (
        "#/paths/~1pets/post/responses/201/content/application~1json/schema/properties/tag/$ref",
        "MissingTag",
    ),
    (
        "#/components/schemas/Pet/properties/owner/$ref",
        "MissingOwner",
    ),
];

fn assert_every_unresolved_ref(error: &Error, file: &str, text: &str, line_offset: usize) {
    assert_eq!(error.kind(), ErrorKind::Many, "{error}");
    assert_eq!(error.all().len(), UNRESOLVED_AT.len(), "{error}");
    for (pointer, name) in UNRESOLVED_AT {
        let found = find(error, ErrorKind::UnresolvedRef, pointer);
        let Error::UnresolvedRef {
            location,
            reference,
            ..
        } = found
        else {
            unreachable!("kind checked")
        };
        assert!(reference.ends_with(name), "{found}");
        assert_at(location, file, line_of(text, name) + line_offset, error);
    }
}

#[test]
fn every_unresolved_ref_is_reported_in_yaml() {
    let error = error_for(&[("pets.yaml", UNRESOLVED)]);
    assert_every_unresolved_ref(&error, "specs/pets.yaml", UNRESOLVED, 0);
}

#[test]
fn every_unresolved_ref_is_reported_in_json() {
    let value: serde_json::Value = serde_yaml::from_str(UNRESOLVED).expect("yaml");
    let json = serde_json::to_string_pretty(&value).expect("json");
    let error = error_for(&[("pets.json", &json)]);
    assert_every_unresolved_ref(&error, "specs/pets.json", &json, 0);
}

#[test]
fn every_unresolved_ref_is_reported_in_an_apifox_markdown_page() {
    let header = "# Pets\n\n## OpenAPI Specification\n\n```yaml\n";
    let page = format!("{header}{UNRESOLVED}```\n");
    let error = error_for(&[("pets.md", &page)]);
    // Lines are those of the page, not of the block inside it.
    assert_every_unresolved_ref(&error, "specs/pets.md", UNRESOLVED, header.lines().count());
}

/// Two files that define three components and one operation differently (and one component
/// alike): every conflict is listed, each naming both files with their lines.
#[test]
fn every_conflict_between_two_files_is_reported() {
    let first = r##"openapi: 3.0.1
info: {title: Shop, version: '1'}
paths:
  /orders:
    get:
      responses:
        '200': {description: ok}
components:
  schemas:
    Order:
      type: object
      properties:
        total: {type: integer}
    Same:
      type: string
    Item:
      type: object
      properties:
        sku: {type: string}
  parameters:
    Page:
      name: page
      in: query
      schema: {type: integer}
"##;
    let second = r##"openapi: 3.0.1
info: {title: Shop, version: '1'}
paths:
  /orders:
    get:
      responses:
        '200': {description: ok}
        '404': {description: missing}
components:
  schemas:
    Order:
      type: object
      properties:
        total: {type: string}
    Same:
      type: string
    Item:
      type: object
      properties:
        sku: {type: string}
        count: {type: integer}
  parameters:
    Page:
      name: page
      in: header
      schema: {type: integer}
"##;
    let error = error_for(&[("a.yaml", first), ("b.yaml", second)]);
    assert_eq!(error.all().len(), 4, "{error}");
    // (first difference, its line in a.yaml, its line in b.yaml)
    let expected = [
        ("#/paths/~1orders/get/responses/404", 6, 8),
        ("#/components/schemas/Order/properties/total/type", 13, 14),
        ("#/components/schemas/Item/properties/count", 18, 21),
        ("#/components/parameters/Page/in", 23, 25),
    ];
    for (pointer, line_a, line_b) in expected {
        let found = find(&error, ErrorKind::Conflict, pointer);
        let Error::Conflict { first, second, .. } = found else {
            unreachable!("kind checked")
        };
        assert_at(first, "specs/a.yaml", line_a, &error);
        assert_at(second, "specs/b.yaml", line_b, &error);
        assert!(found.to_string().contains("specs/a.yaml:"), "{found}");
        assert!(found.to_string().contains("specs/b.yaml:"), "{found}");
    }
}

/// Structural errors of different kinds in several files, and unresolved references: one run
/// lists them all.
#[test]
fn a_mix_of_structural_errors_is_reported_together() {
    let no_version = "info: {title: x, version: '1'}\npaths: {}\n";
    let paths_list = "openapi: 3.0.1\ninfo: {title: x, version: '1'}\npaths:\n  - /a\n";
    let bad_schemas = r##"{
  "openapi": "3.0.1",
  "info": {"title": "x", "version": "1"},
  "paths": {
    "/x": {
      "get": {
        "responses": {
          "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Props": {"type": "object", "properties": "not a mapping"},
      "Union": {"oneOf": {"type": "string"}},
      "Length": {"type": "string", "enum": "long"},
      "Inherits": {"type": "object", "x-apifox-refs": ["not", "a", "mapping"]}
    }
  }
}
"##;
    let broken_yaml = "openapi: 3.0.1\ninfo: {title: x, version: '1'}\npaths:\n  /a: [unclosed\n";
    let broken_json = "{\n  \"openapi\": \"3.0.1\",\n  \"paths\": {,}\n}\n";
    let error = error_for(&[
        ("1_no_version.yaml", no_version),
        ("2_paths_list.yaml", paths_list),
        ("3_bad_schemas.json", bad_schemas),
        ("4_broken.yaml", broken_yaml),
        ("5_broken.json", broken_json),
    ]);
    // Files that do not parse are named with the line the parser stopped at.
    for (file, line) in [("specs/4_broken.yaml", 5), ("specs/5_broken.json", 3)] {
        let found: Vec<&Error> = error
            .all()
            .into_iter()
            .filter(|e| {
                e.kind() == ErrorKind::Syntax
                    && e.location().and_then(|l| l.file.as_deref()) == Some(file)
            })
            .collect();
        assert_eq!(found.len(), 1, "one syntax error in {file}:\n{error}");
        let location = found[0].location().expect("located");
        assert_eq!(location.line, Some(line), "{error}");
        assert!(location.column.is_some(), "{error}");
    }
    let expected = [
        (ErrorKind::Invalid, "#", "specs/1_no_version.yaml", 1),
        (ErrorKind::Invalid, "#/paths", "specs/2_paths_list.yaml", 3),
        (
            ErrorKind::UnresolvedRef,
            "#/paths/~1x/get/responses/200/content/application~1json/schema/$ref",
            "specs/3_bad_schemas.json",
            10,
        ),
        (
            ErrorKind::Invalid,
            "#/components/schemas/Props/properties",
            "specs/3_bad_schemas.json",
            18,
        ),
        (
            ErrorKind::Invalid,
            "#/components/schemas/Union/oneOf",
            "specs/3_bad_schemas.json",
            19,
        ),
        (
            ErrorKind::Invalid,
            "#/components/schemas/Inherits/x-apifox-refs",
            "specs/3_bad_schemas.json",
            21,
        ),
    ];
    for (kind, pointer, file, line) in expected {
        let found = find(&error, kind, pointer);
        let location = found.location().expect("located");
        assert_at(location, file, line, &error);
    }
    // `enum: "long"` (a keyword that decides the type, so a wrong one stays an error) is named
    // at its schema (or the field below it); a wrong annotation keyword would only warn.
    assert!(
        error.all().iter().any(|e| e.kind() == ErrorKind::Invalid
            && e.location()
                .and_then(|l| l.pointer.as_deref())
                .is_some_and(|p| p.starts_with("#/components/schemas/Length"))
            && e.location().and_then(|l| l.line) == Some(20)),
        "{error}"
    );
    assert_eq!(error.all().len(), expected.len() + 3, "{error}");
}

/// When the loader finds nothing wrong, the model stage still lists every operation and
/// component of the wrong shape, not only the first.
#[test]
fn every_malformed_operation_is_reported() {
    let spec = r##"openapi: 3.0.1
info: {title: x, version: '1'}
paths:
  /a:
    get:
      parameters: not-a-list
      responses:
        '200': {description: ok}
  /b:
    post:
      requestBody: 42
      responses:
        '200': {description: ok}
    get:
      tags: {one: 1}
      responses:
        '200': {description: ok}
"##;
    let error = error_for(&[("ops.yaml", spec)]);
    let expected = [
        ("#/paths/~1a/get/parameters", 6),
        ("#/paths/~1b/post/requestBody", 11),
        ("#/paths/~1b/get/tags", 15),
    ];
    for (pointer, line) in expected {
        let found = find(&error, ErrorKind::Invalid, pointer);
        assert_at(
            found.location().expect("located"),
            "specs/ops.yaml",
            line,
            &error,
        );
    }
    assert_eq!(error.all().len(), expected.len(), "{error}");
}

/// Past [`MAX_REPORTED_ERRORS`] the rest are counted, not listed.
#[test]
fn errors_past_the_limit_are_counted() {
    let extra = 7;
    let count = MAX_REPORTED_ERRORS + extra;
    let mut spec = String::from(
        "openapi: 3.0.1\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n",
    );
    for i in 0..count {
        spec.push_str(&format!(
            "    S{i}: {{$ref: '#/components/schemas/Missing{i}'}}\n"
        ));
    }
    let error = error_for(&[("many.yaml", &spec)]);
    let Error::Many { errors, omitted } = &error else {
        panic!("expected a list: {error}")
    };
    assert_eq!(errors.len(), MAX_REPORTED_ERRORS);
    assert_eq!(*omitted, extra);
    assert!(errors.iter().all(|e| e.kind() == ErrorKind::UnresolvedRef));
    let text = error.to_string();
    assert!(text.starts_with(&format!("{count} errors:")), "{text}");
    assert!(text.ends_with(&format!("and {extra} more")), "{text}");
    // Listed in input order, each with its own line.
    for (i, e) in errors.iter().enumerate() {
        assert_eq!(e.location().and_then(|l| l.line), Some(6 + i), "{e}");
    }
}

/// A run that fails with several errors writes nothing: the output folder keeps what it had.
#[test]
fn a_run_with_several_errors_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("pets.yaml");
    std::fs::write(&spec, UNRESOLVED).expect("write spec");
    let out = dir.path().join("client");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::write(out.join("keep.txt"), "before").expect("write");
    let error =
        wooshpay_codegen::generate(&spec, &out, &Options::default()).expect_err("the spec is bad");
    assert_eq!(error.all().len(), UNRESOLVED_AT.len(), "{error}");
    let entries: Vec<_> = std::fs::read_dir(&out)
        .expect("read out")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(entries, vec![std::ffi::OsString::from("keep.txt")]);
    assert_eq!(
        std::fs::read_to_string(out.join("keep.txt")).expect("read"),
        "before"
    );
    assert!(!Path::new(&dir.path().join("client.tmp")).exists());
}

/// A spec the loader accepts (every `$ref` points at something) with seven independent errors
/// found only while building the model: a security requirement naming no scheme, `$ref`s
/// naming the wrong kind of component (as a parameter, a request body, a response, and a
/// property's schema), an `allOf` that includes itself, and a type defined as itself through
/// aliases. Every one is listed, in input order, each with its kind, file, line, column and
/// pointer; each cycle once although every schema of it meets it.
const MODEL_ERRORS: &str = r##"openapi: 3.0.1
info: {title: Zoo, version: '1'}
security:
  - missingAuth: []
    basicByRef: []
paths:
  /pets:
    get:
      parameters:
        - $ref: '#/components/schemas/Pet'
        - name: fine
          in: query
          schema: {type: string}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/LoopA'}
    post:
      requestBody: {$ref: '#/components/schemas/Pet'}
      responses:
        '200':
          $ref: '#/components/schemas/Pet'
  /toys:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Toy'}
components:
  securitySchemes:
    basicByRef: {$ref: '#/components/securitySchemes/basic'}
    basic: {type: http, scheme: basic}
  responses:
    Gone: {description: gone, content: {text/plain: {schema: {type: string}}}}
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        status: {$ref: '#/components/responses/Gone'}
    Toy:
      type: object
      properties:
        name: {type: string}
    LoopA:
      allOf:
        - $ref: '#/components/schemas/LoopB'
        - type: object
          properties: {a: {type: string}}
    LoopB:
      allOf:
        - $ref: '#/components/schemas/LoopA'
        - type: object
          properties: {b: {type: string}}
    AliasA:
      allOf:
        - $ref: '#/components/schemas/AliasB'
    AliasB:
      allOf:
        - $ref: '#/components/schemas/AliasA'
"##;

/// (kind, pointer, a text only the error's line holds, a text of its message) of every error
/// of [`MODEL_ERRORS`], in input order.
const MODEL_ERRORS_AT: [(ErrorKind, &str, &str, &str); 7] = [
    (
        ErrorKind::UnresolvedRef,
        "#/security/0/missingAuth",
        "missingAuth",
        "#/components/securitySchemes/missingAuth",
    ),
    (
        ErrorKind::Invalid,
        "#/paths/~1pets/get/parameters/0/$ref",
        "        - $ref: '#/components/schemas/Pet'",
        "names a schema where a parameter belongs",
    ),
    (
        ErrorKind::Invalid,
        "#/paths/~1pets/post/requestBody/$ref",
        "requestBody: {$ref",
        "names a schema where a request body belongs",
    ),
    (
        ErrorKind::Invalid,
        "#/paths/~1pets/post/responses/200/$ref",
        "          $ref: '#/components/schemas/Pet'",
        "names a schema where a response belongs",
    ),
    (
        ErrorKind::Invalid,
        "#/components/schemas/Pet/properties/status",
        "status:",
        "`#/components/responses/Gone` names a response where a schema belongs",
    ),
    (
        ErrorKind::CyclicRef,
        "#/components/schemas/LoopA",
        "    LoopA:",
        "allOf includes itself: #/components/schemas/LoopA -> #/components/schemas/LoopB -> #/components/schemas/LoopA",
    ),
    (
        ErrorKind::CyclicRef,
        "#/components/schemas/AliasA",
        "    AliasA:",
        "`AliasA` is defined as itself through aliases only (AliasA -> AliasB -> AliasA)",
    ),
];

fn assert_every_model_error(error: &Error, file: &str, text: &str, line_offset: usize) {
    let all = error.all();
    assert_eq!(all.len(), MODEL_ERRORS_AT.len(), "{error}");
    for (listed, (kind, pointer, line_text, message)) in all.iter().zip(MODEL_ERRORS_AT) {
        assert_eq!(listed.kind(), kind, "{listed}\nin\n{error}");
        let location = listed.location().expect("located");
        let at = location.pointer.as_deref().unwrap_or_default();
        // The pointer names the place, or the `$ref` inside it.
        assert!(
            at == pointer || at.starts_with(&format!("{pointer}/")),
            "{listed}: expected at {pointer}"
        );
        assert_at(
            location,
            file,
            line_of(text, line_text) + line_offset,
            error,
        );
        assert!(listed.to_string().contains(message), "{listed}");
    }
}

#[test]
fn every_model_stage_error_is_reported_in_yaml() {
    let error = error_for(&[("zoo.yaml", MODEL_ERRORS)]);
    assert_every_model_error(&error, "specs/zoo.yaml", MODEL_ERRORS, 0);
}

#[test]
fn every_model_stage_error_is_reported_in_an_apifox_markdown_page() {
    let header = "# Zoo\n\n## OpenAPI Specification\n\n```yaml\n";
    let page = format!("{header}{MODEL_ERRORS}```\n");
    let error = error_for(&[("zoo.md", &page)]);
    assert_every_model_error(&error, "specs/zoo.md", MODEL_ERRORS, header.lines().count());
}

/// A run that fails in the model stage with several errors writes nothing either.
#[test]
fn a_run_with_several_model_errors_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("zoo.yaml");
    std::fs::write(&spec, MODEL_ERRORS).expect("write spec");
    let out = dir.path().join("client");
    let error =
        wooshpay_codegen::generate(&spec, &out, &Options::default()).expect_err("the spec is bad");
    assert_eq!(error.all().len(), MODEL_ERRORS_AT.len(), "{error}");
    assert!(!out.exists(), "a failed run created {}", out.display());
    assert!(!dir.path().join("client.tmp").exists());
}

/// Without its errors the same spec generates: the security scheme given by `$ref` is
/// followed, and the operations the errors were in are built.
#[test]
fn the_model_error_spec_without_its_errors_generates() {
    let fixed = MODEL_ERRORS
        .replace("  - missingAuth: []\n    basicByRef", "  - basicByRef")
        .replace(
            "        - $ref: '#/components/schemas/Pet'\n",
            "        - {name: limit, in: query, schema: {type: integer}}\n",
        )
        .replace(
            "requestBody: {$ref: '#/components/schemas/Pet'}\n      responses:\n        '200':\n          $ref: '#/components/schemas/Pet'",
            "requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}\n      responses:\n        '200': {description: ok}",
        )
        .replace("{$ref: '#/components/responses/Gone'}", "{type: string}")
        .replace("        - $ref: '#/components/schemas/LoopA'\n", "")
        .replace("        - $ref: '#/components/schemas/AliasA'\n", "        - type: string\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("zoo.yaml");
    std::fs::write(&spec, &fixed).expect("write spec");
    let (files, report) = wooshpay_codegen::render(&spec, &Options::default())
        .unwrap_or_else(|e| panic!("{e}\n{fixed}"));
    assert_eq!(report.operations, 3, "{report}");
    let all: String = files.values().map(String::as_str).collect();
    assert!(
        all.contains("HTTP Basic (`basicByRef`)") && all.contains("Credential::basic("),
        "the scheme behind the `$ref` is used"
    );
}
