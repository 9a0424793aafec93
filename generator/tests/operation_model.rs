//! The typed operation model as the generated code shows it: a query string in a path template
//! split into query parameters, Content-Type only with a body, deprecated operations marked for
//! the compiler, and names from the method and the path's shape.

use wooshpay_codegen::{Files, Options, Report};

fn render_yaml(text: &str) -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), text).expect("write spec");
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("spec renders")
}

/// Every generated Rust source, concatenated.
fn sources(files: &Files) -> String {
    files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs"))
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `pub fn` names of every resource, `resource.method`, sorted.
fn method_names(files: &Files) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in files.iter() {
        let Some(resource) = path
            .strip_prefix("src/resources/")
            .and_then(|p| p.strip_suffix(".rs"))
        else {
            continue;
        };
        for line in text.lines() {
            let line = line.trim_start();
            let Some(rest) = line
                .strip_prefix("pub fn ")
                .or_else(|| line.strip_prefix("pub async fn "))
            else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // Not the handle's own methods, nor the client's accessor of the resource.
            if !["with_options", "new"].contains(&name.as_str())
                && resource != "mod"
                && name != resource
            {
                out.push(format!("{resource}.{name}"));
            }
        }
    }
    out.sort();
    out
}

const WEATHER: &str = r#"
openapi: 3.0.3
info: {title: Weather, version: "1"}
servers: [{url: "https://api.example.com/v2.0"}]
paths:
  /current?lat={lat}&lon={lon}&units=metric:
    get:
      parameters:
        - {name: lat, in: query, required: true, schema: {type: number}}
        - {name: lon, in: path, required: true, schema: {type: number}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {temp: {type: number}}}}}}
  # The same path with another query string: named by its keys once `retrieve` is taken.
  /current?city={city}:
    get:
      parameters:
        - {name: city, in: query, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {temp: {type: number}}}}}}
  /forecast/daily?city={city}&days={days}:
    get:
      parameters:
        - {name: city, in: query, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {temp: {type: number}}}}}}
  /alerts?{kind}=1:
    get:
      responses:
        '200': {description: ok}
"#;

#[test]
fn a_query_string_in_a_path_template_is_split_into_query_parameters() {
    let (files, report) = render_yaml(WEATHER);
    let all = sources(&files);
    // The path is only the path; the placeholders are query parameters, the constant a pair
    // sent on every call.
    assert!(all.contains(r#"String::from("/current")"#), "{all}");
    assert!(
        !all.contains(r#"String::from("/current?"#)
            && !all.contains(r#"String::from("/forecast/daily?"#),
        "no query string left in a URL"
    );
    assert!(
        all.contains(r#"request.query("units", "metric", crate::encoding::QueryStyle::Form)?;"#),
        "{all}"
    );
    for wire in ["lat", "lon", "city", "days"] {
        assert!(
            all.contains(&format!(r#"request.query("{wire}", value,"#)),
            "`{wire}` is a query parameter"
        );
    }
    // `lon` was declared in the path: it is a required field of the parameters now, typed
    // as declared; `days` was not declared at all: a string, with a warning.
    assert!(all.contains("pub lon: f64"), "{all}");
    assert!(all.contains("pub days: String"), "{all}");
    let warnings: Vec<String> = report.warnings().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`{days}`") && w.contains("not declared")),
        "{warnings:#?}"
    );
    // A pair that cannot be a parameter is a located warning, and the operation is not sent to
    // a wrong URL.
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`{kind}=1`") && w.contains("not generated")),
        "{warnings:#?}"
    );
    assert!(!all.contains("/alerts"), "{all}");
    // Names come from the path, not from its query string.
    let names = method_names(&files);
    assert!(
        names
            .iter()
            .all(|n| !n.contains("lat") && !n.contains("days")),
        "{names:#?}"
    );
    for name in [
        "current.retrieve",
        "current.retrieve_by_city",
        "forecast.retrieve_daily",
    ] {
        assert!(names.contains(&name.to_owned()), "{names:#?}");
    }
}

/// Two operations declaring Apifox's `Content-Type` header, one without a body.
const ORDERS: &str = r#"
openapi: 3.0.3
info: {title: Shop, version: "1"}
paths:
  /v1/orders:
    get:
      summary: List orders
      deprecated: true
      parameters:
        - {name: Content-Type, in: header, required: true, example: application/json, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
    post:
      summary: Create an order
      parameters:
        - {name: Content-Type, in: header, required: true, example: application/json, schema: {type: string}}
      requestBody:
        content: {application/json: {schema: {type: object, properties: {item: {type: string}}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
"#;

/// The generated `orders` module of [`ORDERS`] with these settings (`codegen.toml`).
fn orders_module(settings: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), ORDERS).expect("write spec");
    std::fs::write(dir.path().join("codegen.toml"), settings).expect("write settings");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    files
        .iter()
        .find(|(p, _)| p.as_str() == "src/resources/orders.rs")
        .map(|(_, t)| t.clone())
        .expect("the orders module")
}

/// The text of `pub fn list(` up to `pub fn create(`.
fn list_method(orders: &str) -> &str {
    let list = &orders[orders.find("pub fn list(").expect("list")..];
    &list[..list.find("pub fn create(").expect("create after list")]
}

#[test]
fn content_type_goes_only_with_a_body_and_deprecated_operations_are_marked() {
    let orders = orders_module("");
    assert!(!list_method(&orders).contains("Content-Type"), "{orders}");
    let create = &orders[orders.find("pub fn create(").expect("create")..];
    assert!(
        create.contains(r#"request.header("Content-Type", "application/json");"#),
        "{create}"
    );
    let before_list = &orders[..orders.find("pub fn list(").unwrap()];
    assert!(
        before_list.trim_end().ends_with("#[deprecated]"),
        "{before_list}"
    );
    let before_create = &orders[..orders.find("pub fn create(").unwrap()];
    assert!(!before_create.trim_end().ends_with("#[deprecated]"));
}

/// `[conventions] content_type_without_body = true`: the declared header goes out on the
/// bodiless request too, with its declared value.
#[test]
fn the_content_type_convention_sends_the_declared_header_without_a_body() {
    let orders = orders_module("[conventions]\ncontent_type_without_body = true\n");
    assert!(
        list_method(&orders).contains(r#"request.header("Content-Type", "application/json");"#),
        "{orders}"
    );
}

const SHAPES: &str = r##"
openapi: 3.0.3
info: {title: Shapes, version: "1"}
paths:
  /v1/balance:
    get:
      operationId: GetBalance
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Balance'}}}}}
  /v1/balance/history:
    get:
      operationId: GetBalanceHistory
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}}
  /v1/balance/history/{id}:
    get:
      operationId: GetBalanceHistoryId
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
  /v1/accounts/{account}/people:
    parameters: [{name: account, in: path, required: true, schema: {type: string}}]
    get:
      operationId: GetAccountsAccountPeople
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}}
    post:
      operationId: PostAccountsAccountPeople
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
  /v1/accounts/{account}/people/{person}:
    parameters:
      - {name: account, in: path, required: true, schema: {type: string}}
      - {name: person, in: path, required: true, schema: {type: string}}
    get:
      operationId: GetAccountsAccountPeoplePerson
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
    post:
      operationId: PostAccountsAccountPeoplePerson
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
    delete:
      operationId: DeleteAccountsAccountPeoplePerson
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
  /v1/accounts/{account}/persons/{person}:
    parameters:
      - {name: account, in: path, required: true, schema: {type: string}}
      - {name: person, in: path, required: true, schema: {type: string}}
    get:
      operationId: GetAccountsAccountPersonsPerson
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
  /v1/accounts/{account}/external_accounts/{id}:
    parameters:
      - {name: account, in: path, required: true, schema: {type: string}}
      - {name: id, in: path, required: true, schema: {type: string}}
    post:
      operationId: PostAccountsAccountExternalAccountsId
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
  /v1/disputes/{dispute}/close:
    post:
      operationId: PostDisputesDisputeClose
      parameters: [{name: dispute, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}}
  /current/{station}?lat={lat}&lon={lon}:
    get:
      parameters:
        - {name: station, in: path, required: true, schema: {type: string}}
        - {name: lat, in: query, required: true, schema: {type: number}}
        - {name: lon, in: query, required: true, schema: {type: number}}
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Balance'}}}}}
components:
  schemas:
    Balance: {type: object, properties: {available: {type: integer}}}
    Person: {type: object, required: [id], properties: {id: {type: string}}}
    Page:
      type: object
      required: [data, has_more]
      properties:
        object: {type: string}
        data: {type: array, items: {$ref: '#/components/schemas/Person'}}
        has_more: {type: boolean}
"##;

#[test]
fn operations_without_a_usable_name_are_named_from_the_method_and_the_path_shape() {
    let (files, report) = render_yaml(SHAPES);
    let names = method_names(&files);
    let expected = [
        // A singleton is retrieved, not listed; its history is a list (the response says so,
        // though `history` is not a plural), and an entry of it is retrieved.
        "balance.retrieve",
        "balance.list_history",
        "balance.retrieve_history",
        // A sub-collection below an item: list, create, retrieve, update, delete, the noun
        // singular for one item (`people` → `person`).
        "accounts.list_people",
        "accounts.create_person",
        "accounts.retrieve_person",
        "accounts.update_person",
        "accounts.delete_person",
        // Its twin collection (`persons`) keeps the noun as written once `retrieve_person`
        // is taken.
        "accounts.retrieve_persons",
        "accounts.update_external_account",
        "disputes.close",
        // The query string is not part of the name.
        "current.retrieve",
    ];
    for name in expected {
        assert!(
            names.contains(&name.to_owned()),
            "no `{name}` in {names:#?}"
        );
    }
    assert_eq!(names.len(), expected.len(), "{names:#?}");
    // A rename is announced, naming the name taken.
    let warnings: Vec<String> = report.warnings().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`retrieve_person` is already used")
                && w.contains("retrieve_persons")),
        "{warnings:#?}"
    );
}

/// Two operations of a resource that want the same name (Springfox's GET and POST twins with
/// one summary): the second gets another name, and its types follow that name instead of a
/// numbered copy of the first's (`AppendsChatMessage2`).
#[test]
fn an_operation_renamed_after_a_collision_names_its_types_after_its_new_name() {
    let spec = r#"
openapi: 3.0.3
info: {title: Pad, version: "1"}
paths:
  /appendChatMessage:
    get:
      summary: Appends a chat message
      operationId: appendChatMessageUsingGET
      tags: [pad]
      parameters:
        - {name: text, in: query, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {code: {type: integer}}}
    post:
      summary: Appends a chat message
      operationId: appendChatMessageUsingPOST
      tags: [pad]
      parameters:
        - {name: text, in: query, required: true, schema: {type: string}}
        - {name: time, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
"#;
    let (files, report) = render_yaml(spec);
    let collisions: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.kind == wooshpay_codegen::DiagnosticKind::NameCollision)
        .map(|d| d.message.as_str())
        .collect();
    // The operation's own rename, and nothing that follows from it.
    assert_eq!(collisions.len(), 1, "{collisions:?}");
    let types = &files["src/types.rs"];
    assert!(
        types.contains("pub struct AppendChatMessagePad {"),
        "{types}"
    );
    assert!(!types.contains("pub struct AppendsChatMessage2"), "{types}");
}
