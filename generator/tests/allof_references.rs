//! `allOf` as OpenAPI 3.0 authors use it to put a description on a reference: a reference
//! beside annotation-only members is the referenced type (the annotations go to the field),
//! members of one scalar type are that type, recursion through the idiom is a boxed reference,
//! object merges keep working, and only members that really conflict are any JSON value, with a
//! warning naming them.

use std::path::Path;

use wooshpay_codegen::{Files, Options, Report};

fn render_fixture() -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/allof_references.yaml");
    std::fs::copy(fixture, dir.path().join("api.yaml")).expect("copy fixture");
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("fixture renders")
}

/// The body of `pub struct {name}` (its fields with their docs), attributes left out.
fn struct_body(types: &str, name: &str) -> String {
    let header = format!("pub struct {name} {{\n");
    let start = types
        .find(&header)
        .unwrap_or_else(|| panic!("`{header}` not in generated source:\n{types}"))
        + header.len();
    let end = start + types[start..].find("\n}").expect("struct ends");
    types[start..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("#["))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The declared type of field `field` in `body` (`Option<crate::types::Owner>`), and its doc.
fn field(body: &str, field: &str) -> (String, String) {
    let lines: Vec<&str> = body.lines().collect();
    let prefix = format!("pub {field}: ");
    let at = lines
        .iter()
        .position(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no field `{field}` in:\n{body}"));
    let ty = lines[at][prefix.len()..].trim_end_matches(',').to_owned();
    let doc: Vec<&str> = lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.starts_with("///"))
        .map(|l| l.trim_start_matches("///").trim())
        .collect();
    let doc = doc.into_iter().rev().collect::<Vec<_>>().join("\n");
    (ty, doc)
}

fn warnings(report: &Report) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .filter(|d| d.contains("warning"))
        .collect()
}

#[test]
fn a_reference_with_a_description_beside_it_is_the_referenced_type() {
    let (files, report) = render_fixture();
    let types = &files["src/types.rs"];
    let body = struct_body(types, "CreateJobQueueRequest");
    assert_eq!(
        field(&body, "job_queue_name"),
        (
            "crate::types::StringSchema".to_owned(),
            "The name of the job queue.".to_owned()
        )
    );
    assert_eq!(
        field(&body, "state").0,
        "Option<crate::types::JqState>",
        "{body}"
    );
    assert_eq!(
        field(&body, "priority").0,
        "crate::types::Integer",
        "{body}"
    );
    assert_eq!(
        field(&body, "tags").0,
        "Option<crate::types::TagMap>",
        "{body}"
    );
    assert_eq!(
        field(&body, "compute_environment_order").0,
        "Option<crate::types::ComputeEnvironmentOrders>",
        "{body}"
    );
    // A component defined by the idiom is the referenced type, documented.
    assert!(
        types.contains(
            "/// A job queue's name.\n#[cfg(feature = \"queues\")]\npub type JobQueueName"
        ) && types.contains("pub type JobQueueName = crate::types::StringSchema;"),
        "{types}"
    );
    let all = warnings(&report);
    assert!(
        !all.iter()
            .any(|w| w.contains("allOf") && !w.contains("schemas/Conflicts/")),
        "no allOf warning but the conflicts':\n{all:#?}"
    );
    assert!(
        !types.contains("CreateJobQueueRequestJobQueueName"),
        "no inline copy of the referenced type"
    );
}

#[test]
fn recursion_through_the_idiom_is_a_boxed_reference() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    let body = struct_body(types, "Expression");
    assert_eq!(
        field(&body, "not"),
        (
            "Option<Box<crate::types::Expression>>".to_owned(),
            "Results that don't match the expression.".to_owned()
        )
    );
    assert_eq!(field(&body, "or").0, "Option<crate::types::Expressions>");
    let request = struct_body(types, "GetCostsRequest");
    assert_eq!(
        field(&request, "filter").0,
        "Option<crate::types::Expression>"
    );
    assert!(!types.contains("ExpressionNot"), "no inline expansion");
}

#[test]
fn nullable_and_description_apply_to_the_field() {
    let (files, _) = render_fixture();
    let body = struct_body(&files["src/types.rs"], "JobQueueDetail");
    // `nullable` in a member, required: `Option`, documented from the member.
    assert_eq!(
        field(&body, "owner"),
        (
            "Option<crate::types::Owner>".to_owned(),
            "The owner, if there is one.".to_owned()
        )
    );
    // `nullable` and `description` beside a one-member `allOf`.
    assert_eq!(
        field(&body, "manager"),
        (
            "Option<crate::types::Owner>".to_owned(),
            "The manager, if there is one.".to_owned()
        )
    );
    assert_eq!(
        field(&body, "backup"),
        (
            "crate::types::Owner".to_owned(),
            "The backup owner.".to_owned()
        )
    );
    let (ty, doc) = field(&body, "previous");
    assert_eq!(ty, "Option<crate::types::Owner>");
    assert!(
        doc.starts_with("A former owner.") && doc.contains("**Deprecated.**"),
        "{doc}"
    );
    // List items: `nullable` in a member makes the item optional.
    assert_eq!(
        field(&body, "history").0,
        "Option<Vec<Option<crate::types::Owner>>>",
        "{body}"
    );
}

#[test]
fn members_of_one_scalar_type_are_that_type() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    let body = struct_body(types, "Narrowed");
    let ty = |name: &str| field(&body, name).0;
    // Constraints and examples narrow the reference.
    assert_eq!(ty("name"), "Option<crate::types::Name>");
    // An integer is a number: the narrower type wins.
    assert_eq!(ty("count"), "Option<i64>");
    // An enum subset of a referenced enum is that enum.
    assert_eq!(ty("status"), "Option<crate::types::Status>");
    // An inline enum narrowing a string reference is an enum.
    assert_eq!(ty("level"), "Option<crate::types::NarrowedLevel>");
    assert!(types.contains("pub enum NarrowedLevel {"), "{types}");
    assert_eq!(
        field(&body, "code"),
        ("Option<String>".to_owned(), "A two-letter code.".to_owned())
    );
    assert_eq!(ty("ratio"), "Option<f64>");
    // format, readOnly, default: annotations.
    assert_eq!(ty("id"), "Option<crate::types::StringSchema>");
    // title, writeOnly, examples, minLength: the title documents the field.
    assert_eq!(
        field(&body, "token"),
        (
            "Option<crate::types::StringSchema>".to_owned(),
            "Session token".to_owned()
        )
    );
}

#[test]
fn only_a_real_conflict_is_any_json_value_with_a_warning_naming_it() {
    let (files, report) = render_fixture();
    let body = struct_body(&files["src/types.rs"], "Conflicts");
    assert_eq!(field(&body, "broken").0, "Option<serde_json::Value>");
    assert_eq!(field(&body, "mixed").0, "Option<serde_json::Value>");
    let all = warnings(&report);
    let allof: Vec<&String> = all.iter().filter(|w| w.contains("allOf")).collect();
    assert_eq!(allof.len(), 2, "{all:#?}");
    assert!(
        allof[0].contains("#/components/schemas/Conflicts/properties/broken")
            && allof[0].contains(
                "allOf/0 (`#/components/schemas/Name`) is a string, allOf/1 is an integer"
            ),
        "{allof:#?}"
    );
    assert!(
        allof[1].contains("#/components/schemas/Conflicts/properties/mixed")
            && allof[1].contains(
                "allOf/0 (`#/components/schemas/Owner`) is an object, allOf/1 is an array"
            ),
        "{allof:#?}"
    );
}

#[test]
fn object_merges_with_references_keep_working() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    let dog = struct_body(types, "Dog");
    assert_eq!(field(&dog, "name").0, "String");
    assert_eq!(field(&dog, "tag").0, "Option<String>");
    assert_eq!(field(&dog, "bark").0, "bool");
    assert!(types.contains("/// A dog.\n"), "{types}");
}

#[test]
fn union_alternatives_written_with_the_idiom_are_named_after_their_reference() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    let start = types.find("pub enum Source {").expect("enum Source");
    let end = start + types[start..].find("\n}").expect("enum ends");
    let body = &types[start..end];
    assert!(
        body.contains("Card(crate::types::Card)")
            && body.contains("BankAccount(crate::types::BankAccount)"),
        "{body}"
    );
}
