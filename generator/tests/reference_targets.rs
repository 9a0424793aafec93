//! `$ref`s where a schema belongs whose target is another kind of object, read as what the
//! target plainly means: a parameter reached by a pointer into the document means its schema;
//! a response component that declares no content means any JSON value. Each with a warning at
//! the `$ref`, instead of refusing the spec.

use std::path::Path;

use wooshpay_codegen::{DiagnosticKind, Options};

#[test]
fn schema_positions_read_a_parameters_schema_and_a_contentless_response_as_any_value() {
    let spec =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/references/schema_targets.yaml");
    let (files, report) = wooshpay_codegen::render(&spec, &Options::default())
        .unwrap_or_else(|e| panic!("renders: {e}"));
    assert_eq!(report.operations, 2, "{report}");
    let wrong: Vec<String> = report
        .warnings()
        .filter(|w| w.kind == DiagnosticKind::WrongSectionReference)
        .map(|w| w.to_string())
        .collect();
    assert!(
        wrong.iter().any(|w| w.contains("schema_targets.yaml:16:15 at #/paths/~1vehicles/get/parameters/0/schema/items/$ref: `$ref` `#/paths/~1vehicles~1{id}/get/parameters/1` names a parameter where a schema belongs; its schema `#/paths/~1vehicles~1{id}/get/parameters/1/schema` is read")),
        "{wrong:#?}"
    );
    assert!(
        wrong.iter().any(|w| w.contains("at #/paths/~1vehicles~1{id}/get/responses/200/content/application~1json/schema/$ref: `$ref` `#/components/responses/Status` names a response where a schema belongs, and it declares no content: any JSON value is accepted")),
        "{wrong:#?}"
    );
    assert_eq!(wrong.len(), 2, "{wrong:#?}");
    let resources: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("src/resources/"))
        .map(|(_, t)| t.as_str())
        .collect();
    // The list's items are the enum of the other operation's `field` parameter.
    let types: String = files
        .iter()
        .filter(|(p, _)| p.as_str() == "src/types.rs")
        .map(|(_, t)| t.as_str())
        .collect();
    assert!(types.contains("Odometer"), "{types}");
    assert!(resources.contains("serde_json::Value"), "{resources}");
}
