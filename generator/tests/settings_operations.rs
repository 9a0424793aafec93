//! `[[operations]]` in the settings: `body_also_as_query` sends a JSON body's members as query
//! parameters too. A route that is not `METHOD /path`, is listed twice or names no operation,
//! and an operation whose body cannot be a query (none, not JSON, not an object, a member
//! named like one of its query parameters) are settings errors with file, line and column.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{Error, Files, Options, Settings};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn render_with(spec: &Path, settings: &str) -> Result<Files, Error> {
    let options = Options {
        settings: Some(Settings::parse(settings, "codegen.toml")?),
        ..Default::default()
    };
    wooshpay_codegen::render(spec, &options).map(|(files, _)| files)
}

fn error_of(spec: &Path, settings: &str) -> String {
    match render_with(spec, settings) {
        Ok(_) => panic!("settings accepted:\n{settings}"),
        Err(e) => e.to_string(),
    }
}

/// A small API with the bodies the setting refuses: a GET whose body shares a member with its
/// query, a JSON array body, a form body, a multipart body, and one it takes.
const SHOP: &str = r#"
openapi: 3.0.1
info: {title: Shop, version: '1'}
paths:
  /v1/items/list:
    get:
      summary: List all items
      tags: [Items]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {limit: {type: integer}, q: {type: string}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /v1/items/find:
    get:
      summary: Find items
      tags: [Items]
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {q: {type: string}, tags: {type: array, items: {type: string}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /v1/items/batch:
    post:
      summary: Batch items
      tags: [Items]
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /v1/items/form:
    post:
      summary: Form items
      tags: [Items]
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {q: {type: string}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /v1/items/upload:
    post:
      summary: Upload items
      tags: [Items]
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string, format: binary}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /v1/items/{id}:
    get:
      summary: Retrieve an item
      tags: [Items]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
components:
  schemas:
    Item:
      type: object
      properties:
        id: {type: string}
"#;

fn shop() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("shop.yaml");
    std::fs::write(&spec, SHOP).expect("writes the spec");
    (dir, spec)
}

#[test]
fn a_route_is_method_and_path_listed_once() {
    for (settings, at, says) in [
        (
            "[[operations]]\nroute = \"/v1/disputes/list\"\nbody_also_as_query = true\n",
            "codegen.toml:2:9: settings: ",
            "route `/v1/disputes/list` is not `METHOD /path`",
        ),
        (
            "[[operations]]\nroute = \"FETCH /v1/disputes/list\"\n",
            "codegen.toml:2:9: settings: ",
            "is not `METHOD /path`",
        ),
        (
            "[[operations]]\nroute = \"GET v1/disputes/list\"\n",
            "codegen.toml:2:9: settings: ",
            "is not `METHOD /path`",
        ),
        (
            "[[operations]]\nroute = \"GET /v1/disputes/list\"\n[[operations]]\nroute = \"get /v1/disputes/list\"\n",
            "codegen.toml:4:9: settings: ",
            "route `get /v1/disputes/list` is listed twice",
        ),
        (
            "[[operations]]\nroute = \"GET /v1/disputes/list\"\nbody_as_query = true\n",
            "codegen.toml:3:1: settings: ",
            "unknown field `body_as_query`",
        ),
        (
            "[[operations]]\nroute = \"GET /v1/disputes/list\"\nbody_also_as_query = \"yes\"\n",
            "codegen.toml:3:22: settings: ",
            "invalid type",
        ),
    ] {
        let error = match Settings::parse(settings, "codegen.toml") {
            Ok(_) => panic!("accepted:\n{settings}"),
            Err(e) => e.to_string(),
        };
        assert!(error.starts_with(at), "{error}\n(expected at {at})");
        assert!(error.contains(says), "{error}\n(expected {says})");
    }
}

#[test]
fn a_route_that_names_no_operation_is_located() {
    let specs = root().join("specs");
    let error = error_of(
        &specs,
        "[crate]\nname = \"x\"\n\n[[operations]]\nroute = \"GET /v1/dispute/list\"\nbody_also_as_query = true\n",
    );
    assert!(
        error.starts_with(
            "codegen.toml:5:9: settings: [[operations]]: the spec has no operation `GET /v1/dispute/list`; routes with this method or path: "
        ),
        "{error}"
    );
    assert!(
        error.contains("GET /v1/disputes/list"),
        "the near routes: {error}"
    );
    // The method is part of the route.
    let error = error_of(
        &specs,
        "[[operations]]\nroute = \"POST /v1/disputes/list\"\nbody_also_as_query = true\n",
    );
    assert!(
        error.starts_with("codegen.toml:2:9: settings: [[operations]]: the spec has no operation `POST /v1/disputes/list`"),
        "{error}"
    );
    assert!(
        error.contains("GET /v1/disputes/list"),
        "same path: {error}"
    );
}

#[test]
fn an_operation_without_a_json_object_body_is_refused_where_the_setting_is() {
    let specs = root().join("specs");
    let error = error_of(
        &specs,
        "[[operations]]\nroute = \"GET /v1/disputes/{id}\"\nbody_also_as_query = true\n",
    );
    assert_eq!(
        error,
        "codegen.toml:3:22: settings: [[operations]] `GET /v1/disputes/{id}`: body_also_as_query: the operation has no request body to send as query parameters"
    );
    let (_dir, shop) = shop();
    for (route, says) in [
        (
            "GET /v1/items/{id}",
            "the operation has no request body to send as query parameters",
        ),
        (
            "POST /v1/items/batch",
            "the body is not a JSON object, whose members could be query parameters",
        ),
        (
            "POST /v1/items/form",
            "only a JSON body can be sent as query parameters too, and this one is `application/x-www-form-urlencoded`",
        ),
        (
            "POST /v1/items/upload",
            "only a JSON body can be sent as query parameters too, and this one is `multipart/form-data`",
        ),
        (
            "GET /v1/items/list",
            "`limit` is both a query parameter and a member of the body",
        ),
    ] {
        let error = error_of(
            &shop,
            &format!("[[operations]]\nroute = \"{route}\"\nbody_also_as_query = true\n"),
        );
        assert_eq!(
            error,
            format!("codegen.toml:3:22: settings: [[operations]] `{route}`: body_also_as_query: {says}")
        );
    }
    // `false`, or no setting, asks nothing of the body; the route must still exist.
    render_with(
        &shop,
        "[[operations]]\nroute = \"POST /v1/items/upload\"\nbody_also_as_query = false\n[[operations]]\nroute = \"GET /v1/items/{id}\"\n",
    )
    .expect("renders");
}

#[test]
fn the_setting_reaches_the_method_its_docs_and_the_api_summary() {
    let (_dir, shop) = shop();
    let without = render_with(&shop, "").expect("renders");
    let with = render_with(
        &shop,
        "[[operations]]\nroute = \"GET /v1/items/find\"\nbody_also_as_query = true\n",
    )
    .expect("renders");
    let items = &with["src/resources/items.rs"];
    let find = &items[items.find("pub fn find(").expect("find")..];
    let find = &find[..find.find("crate::client::Call::new").expect("the call")];
    assert!(
        find.contains("request.json_body(body, \"application/json\")?;\n            request.body_also_as_query();"),
        "{find}"
    );
    assert_eq!(
        items.matches("request.body_also_as_query();").count(),
        1,
        "only the named operation: {items}"
    );
    assert!(
        items.contains("/// Sends the filters as a JSON body and as query parameters"),
        "{items}"
    );
    assert!(!without["src/resources/items.rs"].contains("body_also_as_query"));
    assert!(!without["src/resources/items.rs"].contains("as query parameters"));
    let api: serde_json::Value = serde_json::from_str(&with["api.json"]).expect("api.json");
    assert_eq!(api["operations"]["items.find"]["body_also_as_query"], true);
    assert!(api["operations"]["items.list"]
        .get("body_also_as_query")
        .is_none());
}

#[test]
fn a_route_of_a_resource_left_out_is_still_a_route_of_the_spec() {
    let files = render_with(
        &root().join("specs"),
        "[resources]\nexclude = [\"disputes\"]\n[[operations]]\nroute = \"GET /v1/disputes/list\"\nbody_also_as_query = true\n",
    )
    .expect("renders");
    assert!(!files.contains_key("src/resources/disputes.rs"));
}

#[test]
fn wooshpay_sends_the_filters_of_its_body_lists_as_a_query_too() {
    let (files, _) =
        wooshpay_codegen::render(&root().join("specs"), &Options::default()).expect("renders");
    for (module, route) in [
        ("charges", "GET /v1/charges/list"),
        ("checkout_sessions", "GET /v1/checkout/sessions/list"),
        ("disputes", "GET /v1/disputes/list"),
        ("payment_intents", "GET /v1/payment_intents"),
    ] {
        let code = &files[&format!("src/resources/{module}.rs")];
        assert_eq!(
            code.matches("request.body_also_as_query();").count(),
            1,
            "{module}: {code}"
        );
        assert!(code.contains(&format!("/// `{route}`")), "{module}");
        assert!(
            code.contains("(with `starting_after` set to the last item's ID,\n    /// in the body and in the query)"),
            "{module}: {code}"
        );
    }
    assert!(!files["src/resources/webhook_endpoints.rs"].contains("body_also_as_query"));
    // Every GET of WooshPay's crate that takes a body sends it as a query too (a list added
    // later needs its `[[operations]]` entry in specs/codegen.toml).
    let api: serde_json::Value = serde_json::from_str(&files["api.json"]).expect("api.json");
    let mut gets_with_body = 0;
    for (name, op) in api["operations"].as_object().expect("operations") {
        let get = op["route"].as_str().is_some_and(|r| r.starts_with("GET "));
        let body = op["arguments"].as_array().is_some_and(|a| {
            a.iter()
                .any(|a| a.as_str().is_some_and(|a| a.starts_with("body: ")))
        });
        if get && body {
            gets_with_body += 1;
            assert_eq!(op["body_also_as_query"], true, "{name}: {op}");
        }
    }
    assert_eq!(gets_with_body, 12, "six lists and their list_all");
}

/// The README's example settings file (section "Settings") parses, `[[operations]]` included.
#[test]
fn the_readme_example_settings_parse() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let section = &readme[readme.find("### Settings").expect("a Settings section")..];
    let start = section.find("```toml\n").expect("a TOML example") + "```toml\n".len();
    let example = &section[start..];
    let example = &example[..example.find("```").expect("the example ends")];
    let settings = Settings::parse(example, "README.md").unwrap_or_else(|e| panic!("{e}"));
    let op = &settings.values.operations[0];
    assert_eq!(op.route.get_ref(), "GET /v1/payments/list");
    assert_eq!(
        op.body_also_as_query.as_ref().map(|b| *b.get_ref()),
        Some(true)
    );
}
