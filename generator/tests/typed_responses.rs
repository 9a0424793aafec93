//! Every documented response of an operation in the model and the crate's public API: success
//! statuses with different bodies make a response enum, statuses that agree one type; error
//! statuses with different bodies make an error enum, ones that share a body that type (no enum),
//! `default` alone nothing (the API's error envelope reads it). The change report treats a new
//! error status as an addition (the enum is `#[non_exhaustive]`) and a new success status as a
//! break. The compiled behaviour is `tests/tests/typed_responses.rs`.

use wooshpay_codegen::changes::{compare, ApiSummary, Impact};
use wooshpay_codegen::{Files, Options};

fn render_yaml(text: &str) -> Files {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), text).expect("write spec");
    wooshpay_codegen::render(dir.path(), &Options::default())
        .expect("spec renders")
        .0
}

fn file<'f>(files: &'f Files, name: &str) -> &'f str {
    files
        .iter()
        .find(|(path, _)| path.as_str() == name)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("{name} is generated"))
}

fn summary(files: &Files) -> ApiSummary {
    ApiSummary::from_json(file(files, "api.json")).expect("api.json reads")
}

/// A spec with one operation `POST /things` whose `responses` are `responses` (YAML, indented
/// for its place), and the schemas `Thing`, `Receipt`, `Failure` and `Problem`.
fn spec(responses: &str) -> String {
    format!(
        r#"
openapi: 3.0.3
info: {{title: Things, version: "1"}}
paths:
  /things:
    post:
      tags: [things]
      requestBody:
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/Thing'}}
      responses:
{responses}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties: {{id: {{type: string}}}}
    Receipt:
      type: object
      required: [queued]
      properties: {{queued: {{type: boolean}}}}
    Failure:
      type: object
      required: [message]
      properties: {{message: {{type: string}}}}
    Problem:
      type: object
      required: [title]
      properties: {{title: {{type: string}}}}
"#
    )
}

fn json_response(status: &str, schema: &str) -> String {
    format!(
        "        '{status}':\n          description: answer {status}\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/{schema}'}}\n"
    )
}

#[test]
fn success_statuses_with_different_bodies_make_a_response_enum() {
    let responses = json_response("200", "Thing") + &json_response("201", "Receipt");
    let files = render_yaml(&spec(&responses));
    let api = summary(&files);
    let op = &api.operations["things.create"];
    assert_eq!(op.returns, "CreateThingResponse");
    let e = &api.types["CreateThingResponse"];
    assert_eq!(e.kind, "responses");
    assert_eq!(e.variants, ["200 Ok(Thing)", "201 Created(Receipt)"]);
    let module = file(&files, "src/resources/things.rs");
    assert!(module.contains("pub enum CreateThingResponse"), "{module}");
    assert!(module.contains("201u16 =>"), "{module}");
}

#[test]
fn success_statuses_that_agree_return_one_type() {
    let responses = json_response("200", "Thing") + &json_response("201", "Thing");
    let api = summary(&render_yaml(&spec(&responses)));
    assert_eq!(api.operations["things.create"].returns, "Thing");
    assert!(!api.types.contains_key("CreateThingResponse"));
}

#[test]
fn error_statuses_with_different_bodies_make_an_error_enum() {
    let responses = json_response("200", "Thing")
        + &json_response("404", "Failure")
        + &json_response("422", "Problem")
        + "        5XX:\n          description: down\n"
        + &json_response("default", "Problem");
    let files = render_yaml(&spec(&responses));
    let api = summary(&files);
    let op = &api.operations["things.create"];
    assert_eq!(op.returns, "Thing");
    assert_eq!(op.errors.as_deref(), Some("CreateThingError"));
    let e = &api.types["CreateThingError"];
    assert_eq!(e.kind, "errors");
    assert_eq!(
        e.variants,
        [
            "404 NotFound(Failure)",
            "422 UnprocessableEntity(Problem)",
            "5XX ServerError",
            "default Default(Problem)"
        ]
    );
    let module = file(&files, "src/resources/things.rs");
    assert!(module.contains("#[non_exhaustive]"), "{module}");
    assert!(
        module.contains("impl crate::OperationError for CreateThingError"),
        "{module}"
    );
    assert!(module.contains("500u16..=599u16 =>"), "{module}");
    assert!(
        module.contains("`err.operation_error::<CreateThingError>()`"),
        "the operation's docs say how to read it: {module}"
    );
}

#[test]
fn error_statuses_sharing_one_body_name_that_type_and_make_no_enum() {
    let responses = json_response("200", "Thing")
        + &json_response("400", "Failure")
        + &json_response("404", "Failure");
    let files = render_yaml(&spec(&responses));
    let api = summary(&files);
    assert_eq!(
        api.operations["things.create"].errors.as_deref(),
        Some("Failure")
    );
    assert!(!api.types.contains_key("CreateThingError"));
    let module = file(&files, "src/resources/things.rs");
    assert!(
        module.contains("(`400`, `404`) carry a [`Failure`](crate::types::Failure) body: `err.error_body::<Failure>()`"),
        "{module}"
    );
}

#[test]
fn a_default_response_alone_is_the_apis_catch_all_and_makes_nothing() {
    let responses = json_response("200", "Thing") + &json_response("default", "Failure");
    let api = summary(&render_yaml(&spec(&responses)));
    assert_eq!(api.operations["things.create"].errors, None);
    assert!(!api.types.contains_key("CreateThingError"));
}

#[test]
fn inline_error_bodies_are_named_after_the_operation_and_status() {
    let responses = json_response("200", "Thing")
        + "        '409':\n          description: taken\n          content:\n            application/json:\n              schema:\n                type: object\n                properties: {holder: {type: string}}\n"
        + "        '404':\n          description: gone\n";
    let api = summary(&render_yaml(&spec(&responses)));
    assert_eq!(
        api.types["CreateThingError"].variants,
        ["404 NotFound", "409 Conflict(CreateThingConflict)"]
    );
    assert_eq!(api.types["CreateThingConflict"].kind, "struct");
}

#[test]
fn an_error_enum_name_a_schema_already_has_is_not_taken_from_it() {
    let responses = json_response("200", "Thing")
        + &json_response("404", "Failure")
        + "        '410':\n          description: gone\n";
    let text = spec(&responses).replace(
        "    Problem:\n",
        "    CreateThingError:\n      type: object\n      properties: {code: {type: string}}\n    Problem:\n",
    );
    let text = text.replace(
        "schemas/Thing'}}\n      responses",
        "schemas/Thing'}\n      responses",
    );
    let text = text.replace(
        "            schema: {$ref: '#/components/schemas/Thing'}\n      responses:",
        "            schema:\n              type: object\n              properties:\n                thing: {$ref: '#/components/schemas/Thing'}\n                code: {$ref: '#/components/schemas/CreateThingError'}\n      responses:",
    );
    let api = summary(&render_yaml(&text));
    assert_eq!(api.types["CreateThingError"].kind, "struct");
    let errors = api.operations["things.create"]
        .errors
        .clone()
        .expect("an error enum");
    // The plural, quietly, rather than a number.
    assert_eq!(errors, "CreateThingErrors");
    assert_eq!(api.types[&errors].kind, "errors");
}

#[test]
fn a_new_error_status_is_an_addition_and_a_new_success_status_a_break() {
    let base = json_response("200", "Thing")
        + &json_response("201", "Receipt")
        + &json_response("404", "Failure")
        + "        '410':\n          description: gone\n";
    let old = summary(&render_yaml(&spec(&base)));
    let more_errors = base.clone() + &json_response("422", "Problem");
    let new = summary(&render_yaml(&spec(&more_errors)));
    let changes = compare(&old, &new);
    let status_change = changes
        .iter()
        .find(|c| c.text.contains("422 UnprocessableEntity(Problem)"))
        .unwrap_or_else(|| panic!("the new status is reported: {changes:?}"));
    assert_eq!(status_change.impact, Impact::Addition, "{changes:?}");

    let more_successes = base + &json_response("202", "Receipt");
    let new = summary(&render_yaml(&spec(&more_successes)));
    let changes = compare(&old, &new);
    let status_change = changes
        .iter()
        .find(|c| c.text.contains("202 Accepted(Receipt)"))
        .unwrap_or_else(|| panic!("the new status is reported: {changes:?}"));
    assert_eq!(status_change.impact, Impact::Breaking, "{changes:?}");
}

#[test]
fn a_response_enum_beside_an_inline_body_named_like_it_takes_the_plural() {
    let responses = "        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties: {id: {type: string}}\n"
        .to_owned()
        + &json_response("201", "Receipt");
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec(&responses)).expect("write spec");
    let (files, report) =
        wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    let api = summary(&files);
    let returns = &api.operations["things.create"].returns;
    assert_eq!(api.types[returns].kind, "responses");
    assert_eq!(
        api.types[returns].variants[0],
        format!("200 Ok({})", returns.trim_end_matches('s'))
    );
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.message.contains("for the responses of an operation")),
        "{:?}",
        report.diagnostics
    );
}
