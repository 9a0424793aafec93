//! `$ref`s to any JSON pointer of the document, wrong-section references whose meaning is
//! plain, `x-` extension keys where OpenAPI allows them, and dangling references located.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{DiagnosticKind, Error, ErrorKind, Files, Options, Report};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/references")
        .join(name)
}

fn render(name: &str) -> Result<(Files, Report), Error> {
    wooshpay_codegen::render(&fixture(name), &Options::default())
}

fn rendered(name: &str) -> (Files, Report) {
    render(name).unwrap_or_else(|e| panic!("{name} renders: {e}"))
}

/// The generated file at `path`.
fn file<'f>(files: &'f Files, path: &str) -> &'f str {
    files
        .iter()
        .find(|(p, _)| p.as_str() == path)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("{path} generated"))
}

/// The `$ref` of a property (optional ones are `allOf: [$ref]` with `nullable`).
fn reference(property: &serde_json::Value) -> &serde_json::Value {
    match property.get("allOf") {
        Some(members) => &members[0]["$ref"],
        None => &property["$ref"],
    }
}

/// The normalized document the generator wrote.
fn normalized(files: &Files) -> serde_json::Value {
    serde_json::from_str(file(files, "openapi.json")).expect("openapi.json is JSON")
}

#[test]
fn pointers_into_hoisted_parts_resolve_from_inside_other_hoisted_parts() {
    // `Shape/definitions/outline` is referenced from a response; inside it, a property refers
    // to `…/outline/definitions/point` and another to `Labelled/allOf/1`, which itself refers
    // to `point` again: every one resolves, to one type each.
    let (files, report) = rendered("deep_pointers.yaml");
    let doc = normalized(&files);
    let schemas = &doc["components"]["schemas"];
    let outline = &schemas["Shape definitions outline"];
    assert_eq!(
        reference(&outline["properties"]["corner"]),
        "#/components/schemas/Shape%20definitions%20outline%20definitions%20point",
        "{outline}"
    );
    assert_eq!(
        reference(&outline["properties"]["label"]),
        "#/components/schemas/Labelled%20allOf%201"
    );
    assert_eq!(
        reference(&schemas["Labelled allOf 1"]["properties"]["at"]),
        "#/components/schemas/Shape%20definitions%20outline%20definitions%20point"
    );
    let types = file(&files, "src/types.rs");
    assert!(
        types.contains("pub struct ShapeDefinitionsOutline {"),
        "{types}"
    );
    assert!(
        types.contains("pub struct ShapeDefinitionsOutlineDefinitionsPoint {"),
        "{types}"
    );
    assert!(types.contains("pub struct LabelledAllOf1 {"), "{types}");
    assert_eq!(report.operations, 3, "{report}");
    assert_eq!(
        report
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::DeepReference)
            .count(),
        4,
        "{report}"
    );
}

#[test]
fn array_index_pointers_name_parameters_and_schemas_of_other_operations() {
    let (files, report) = rendered("deep_pointers.yaml");
    let doc = normalized(&files);
    // `#/paths/~1shapes/get/parameters/0` is a parameter component now, used in both places.
    assert_eq!(
        doc["paths"]["/shapes/search"]["get"]["parameters"][0]["$ref"],
        "#/components/parameters/shapes%20get%20param%200"
    );
    assert_eq!(
        doc["components"]["parameters"]["shapes get param 0"]["name"],
        "limit"
    );
    // A pointer through `~1` and `application~1json` to a `$ref` follows it.
    assert_eq!(
        doc["paths"]["/shapes/search"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"],
        "#/components/schemas/Shape%20definitions%20outline"
    );
    let resources: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("src/resources/"))
        .map(|(_, t)| t.as_str())
        .collect();
    assert!(resources.contains("limit"), "{resources}");
    assert_eq!(report.warnings().count(), 0, "{report}");
}

#[test]
fn wrong_section_references_are_read_as_their_shape_means_with_a_warning() {
    let (files, report) = rendered("wrong_sections.yaml");
    // A schema position naming a response (twice) and a request body (once), a parameter
    // position naming a schema: four warnings, each at its `$ref`, and no other.
    let wrong: Vec<String> = report
        .warnings()
        .filter(|w| w.kind == DiagnosticKind::WrongSectionReference)
        .map(|w| w.to_string())
        .collect();
    assert_eq!(wrong.len(), 4, "{report}");
    assert_eq!(report.warnings().count(), 4, "{report}");
    assert!(
        wrong.iter().any(|w| w.contains("wrong_sections.yaml:19:21 at #/paths/~1pets/get/responses/200/content/application~1json/schema/properties/data/items/$ref")),
        "{wrong:#?}"
    );
    let doc = normalized(&files);
    // The response's JSON schema is a schema component now; the request body's too (its
    // media type has parameters: `application/json; charset=utf-8`).
    assert_eq!(
        doc["components"]["schemas"]["Pet"]["required"],
        serde_json::json!(["id"])
    );
    assert!(doc["components"]["schemas"]["NewPet"]["properties"]["name"].is_object());
    // The parameter moved out of the schemas into the parameters.
    assert!(doc["components"]["schemas"].get("Limit").is_none());
    assert_eq!(doc["components"]["parameters"]["Limit"]["in"], "query");
    let types = file(&files, "src/types.rs");
    assert!(types.contains("pub struct Pet {"), "{types}");
    assert!(types.contains("pub struct NewPet {"), "{types}");
    let pets = file(&files, "src/resources/pets.rs");
    assert!(pets.contains("limit"), "{pets}");
    assert_eq!(report.operations, 3, "{report}");
}

#[test]
fn extension_keys_under_paths_path_items_responses_and_components_are_ignored() {
    // `x-` keys directly under `paths` (one shaped like a path item), in a path item, in a
    // responses map (one shaped like a response) and in `components`: none is a path, an
    // operation, a response or a section.
    let (files, report) = rendered("extension_keys.yaml");
    let doc = normalized(&files);
    assert!(
        doc["paths"].get("x-generated-by").is_none(),
        "{}",
        doc["paths"]
    );
    assert_eq!(doc["paths"].as_object().map(|p| p.len()), Some(1));
    assert_eq!(report.declared_operations, 1, "{report}");
    assert_eq!(report.operations, 1, "{report}");
    assert_eq!(report.diagnostics.len(), 0, "{report}");
    assert!(file(&files, "src/types.rs").contains("pub struct Pet {"));
}

#[test]
fn dangling_references_are_located_with_file_line_column_and_pointer() {
    for (name, line, column) in [("dangling.yaml", 13, 17), ("dangling.json", 17, 27)] {
        let err = render(name).expect_err("dangling refs are errors");
        let all = err.all();
        assert_eq!(all.len(), 2, "{err}");
        assert!(
            all.iter().all(|e| e.kind() == ErrorKind::UnresolvedRef),
            "{err}"
        );
        let text = err.to_string();
        let at = format!(
            "{name}:{line}:{column} at #/paths/~1things/get/responses/200/content/application~1json/schema/$ref: unresolved $ref `#/components/schemas/Thing/properties/nope`: `#/components/schemas/Thing/properties` has no `nope`"
        );
        assert!(text.contains(&at), "{name}: {text}");
        assert!(
            text.contains("at #/components/schemas/Thing/properties/parts/items/$ref: unresolved $ref `#/components/schemas/Thing/allOf/3`: `#/components/schemas/Thing` has no `allOf`"),
            "{name}: {text}"
        );
    }
}
