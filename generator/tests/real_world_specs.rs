//! Valid input met in real Apifox projects and public specs that must generate in full: deep
//! `$ref`s, inline `x-apifox-refs` models, YAML integers beyond 64 bits, several Apifox pages
//! of one project, binary/text request bodies and event streams.

use wooshpay_codegen::{Construct, DiagnosticKind, Files, Options, Report, Severity};

/// Renders the given files (name, text) from one temporary folder.
fn render_files(files: &[(&str, &str)]) -> Result<(Files, Report), wooshpay_codegen::Error> {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write spec");
    }
    wooshpay_codegen::render(dir.path(), &Options::default())
}

fn render_yaml(text: &str) -> (Files, Report) {
    render_files(&[("api.yaml", text)]).unwrap_or_else(|e| panic!("spec renders: {e}"))
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

/// The normalized document the generator wrote.
fn normalized(files: &Files) -> serde_json::Value {
    let text = files
        .iter()
        .find(|(path, _)| path.ends_with("openapi.json"))
        .map(|(_, text)| text.clone())
        .expect("openapi.json written");
    serde_json::from_str(&text).expect("openapi.json is JSON")
}

#[test]
fn refs_to_any_pointer_inside_the_document_resolve() {
    let (files, report) = render_yaml(
        r##"openapi: 3.0.1
info: {title: Pets, version: '1'}
paths:
  /tags:
    post:
      operationId: createTag
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Tag/allOf/0'}
      responses:
        '409':
          $ref: '#/components/responses/Conflict'
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  conflict: {$ref: '#/components/responses/Conflict/content/application~1json/schema'}
                  third: {$ref: '#/components/schemas/Value/properties/value/oneOf/1'}
                  children: {$ref: '#/components/schemas/Tree/properties/children'}
  /tags/{id}:
    get:
      operationId: getTag
      parameters:
        - $ref: '#/paths/~1tags~1%7Bid%7D/delete/parameters/0'
      responses:
        '200': {description: ok}
    delete:
      operationId: deleteTag
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: gone}
components:
  responses:
    Conflict:
      description: conflict
      content:
        application/json:
          schema:
            type: object
            properties:
              reason: {type: string}
  schemas:
    Tag:
      allOf:
        - type: object
          required: [name]
          properties:
            name: {type: string}
        - type: object
          properties:
            id: {type: integer}
    Value:
      type: object
      properties:
        value:
          oneOf:
            - type: string
            - type: object
              properties:
                amount: {type: integer}
    Tree:
      type: object
      properties:
        children:
          type: array
          items: {$ref: '#/components/schemas/Tree/properties/children'}
"##,
    );
    let doc = normalized(&files);
    let schemas = &doc["components"]["schemas"];
    // The targets became components, and their old places refer to them.
    assert_eq!(
        doc["components"]["schemas"]["Tag"]["allOf"][0]["$ref"],
        "#/components/schemas/Tag%20allOf%200"
    );
    assert!(schemas["Tag allOf 0"]["properties"]["name"].is_object());
    assert!(schemas["Conflict"]["properties"]["reason"].is_object());
    assert!(schemas["Value value oneOf 1"]["properties"]["amount"].is_object());
    // A recursive target stays recursive.
    assert_eq!(
        schemas["Tree children"]["items"]["$ref"],
        "#/components/schemas/Tree%20children"
    );
    let src = sources(&files);
    assert!(src.contains("pub struct TagAllOf0"), "{src}");
    assert!(src.contains("pub fn get_tag("), "{src}");
    assert_eq!(report.operations, 3);
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::DeepReference
                && d.message.contains("`Tag allOf 0`")),
        "{report}"
    );
}

#[test]
fn a_dangling_deep_ref_is_still_an_error() {
    let err = render_files(&[(
        "api.yaml",
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B/properties/nope'}\n    B: {type: object}\n",
    )])
    .expect_err("unresolved");
    let text = err.to_string();
    assert_eq!(
        err.kind(),
        wooshpay_codegen::ErrorKind::UnresolvedRef,
        "{text}"
    );
    assert!(text.contains("api.yaml:6"), "{text}");
}

#[test]
fn x_apifox_refs_entries_may_carry_the_model_inline() {
    let (files, report) = render_yaml(
        r##"openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /orders:
    get:
      summary: List orders
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                x-apifox-refs:
                  01HXYZ:
                    type: object
                    properties:
                      code: {type: integer}
                      msg: {type: string}
                      data: {type: string}
                    required: [code]
                    x-apifox-overrides:
                      data:
                        type: array
                        items: {type: string}
                x-apifox-orders: [01HXYZ, total]
                properties:
                  total: {type: integer}
                  code: {type: integer}
                x-apifox-ignore-properties: [code]
"##,
    );
    let doc = normalized(&files);
    let schema = &doc["paths"]["/orders"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    let keys: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["code", "msg", "data", "total"]);
    assert_eq!(schema["properties"]["data"]["type"], "array");
    assert_eq!(schema["required"], serde_json::json!(["code"]));
    assert!(report.operations == 1, "{report}");
}

#[test]
fn yaml_integers_beyond_64_bits_are_numbers() {
    let (files, _) = render_yaml(
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Amount:\n      type: integer\n      format: int64\n      minimum: -9223372036854776000\n      maximum: 18446744073709551616000\n",
    );
    let doc = normalized(&files);
    let amount = &doc["components"]["schemas"]["Amount"];
    assert_eq!(amount["minimum"].as_f64(), Some(-9223372036854776000.0));
    assert_eq!(amount["maximum"].as_f64(), Some(18446744073709551616000.0));
}

/// One Apifox Markdown page per endpoint, each repeating the shared `Order` component.
fn page(title: &str, path: &str, order_extra: &str) -> String {
    format!(
        "# {title}\n\n## OpenAPI Specification\n\n```yaml\nopenapi: 3.0.1\ninfo: {{title: '', version: 1.0.0}}\npaths:\n  {path}:\n    get:\n      summary: {title}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Order'}}\ncomponents:\n  schemas:\n    Order:\n      type: object\n      properties:\n        id:\n          type: string\n{order_extra}      x-apifox-folder: ''\n```\n"
    )
}

#[test]
fn pages_of_one_project_merge_when_components_differ_only_in_docs() {
    let a = page("Retrieve an order", "/orders/{id}", "          description: The ID.\n          examples: [ord_1]\n      x-apifox-orders: [id]\n");
    let b = page("List orders", "/orders", "          example: ord_2\n");
    let (_, report) =
        render_files(&[("a.md", &a), ("b.md", &b)]).unwrap_or_else(|e| panic!("pages merge: {e}"));
    assert_eq!(report.operations, 2);
    let note = report
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::Duplicate)
        .unwrap_or_else(|| panic!("a note about the merge: {report}"));
    assert_eq!(note.severity, Severity::Note);
    assert!(
        note.message.contains("a.md") && note.message.contains("b.md"),
        "{note}"
    );
}

#[test]
fn pages_whose_components_really_differ_are_a_conflict_naming_both_places() {
    let a = page("Retrieve an order", "/orders/{id}", "");
    let b = page("List orders", "/orders", "          format: uuid\n");
    let err = render_files(&[("a.md", &a), ("b.md", &b)]).expect_err("conflict");
    let text = err.to_string();
    assert!(text.contains("a.md:"), "{text}");
    assert!(text.contains("b.md:"), "{text}");
    assert!(
        text.contains("components/schemas/Order/properties/id/format"),
        "{text}"
    );
}

#[test]
fn binary_and_text_bodies_and_event_streams_are_generated() {
    let (files, report) = render_yaml(
        r##"openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /files/{id}/content:
    put:
      operationId: uploadContent
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '204': {description: stored}
  /images:
    post:
      operationId: uploadImage
      requestBody:
        content:
          image/png: {}
      responses:
        '200': {description: ok}
  /notes:
    get:
      operationId: searchNotes
      requestBody:
        description: The search terms, one per line.
        content:
          text/plain:
            schema: {type: string}
      responses:
        '200': {description: ok}
  /chat:
    post:
      operationId: chat
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                prompt: {type: string}
      responses:
        '200':
          description: events
          content:
            text/event-stream:
              schema:
                type: object
                required: [delta]
                properties:
                  delta: {type: string}
  /logs:
    get:
      operationId: tailLogs
      responses:
        '200':
          description: lines
          content:
            text/event-stream:
              schema: {type: string, format: event-stream}
"##,
    );
    assert_eq!(
        (report.operations, report.declared_operations),
        (5, 5),
        "{report}"
    );
    assert!(
        report.to_string().contains("generated 5 of 5 operations"),
        "{report}"
    );
    let src = sources(&files);
    let squashed: String = src.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squashed.contains("body: &[u8]"), "{src}");
    assert!(
        squashed.contains("request.raw_body(body.to_vec(), \"application/octet-stream\")"),
        "{src}"
    );
    assert!(
        squashed.contains("request.raw_body(body.to_vec(), \"image/png\")"),
        "{src}"
    );
    assert!(squashed.contains("body: &str"), "{src}");
    assert!(
        squashed.contains("request.raw_body(body.as_bytes().to_vec(), \"text/plain\")"),
        "{src}"
    );
    assert!(
        squashed.contains("crate::sse::EventStream<crate::types::ChatChatEvent>"),
        "{src}"
    );
    assert!(
        squashed.contains("crate::sse::EventStream<String>"),
        "{src}"
    );
    // Text events take data as it is; typed (JSON) events must parse as JSON.
    assert_eq!(
        squashed
            .matches(".map(crate::sse::EventStream::text)")
            .count(),
        1,
        "{src}"
    );
    assert_eq!(
        squashed
            .matches(".map(crate::sse::EventStream::new)")
            .count(),
        1,
        "{src}"
    );
    assert!(
        squashed.contains("request.header(\"Accept\", \"text/event-stream\")"),
        "{src}"
    );
    assert!(
        report
            .warnings()
            .all(|w| w.kind != DiagnosticKind::Unsupported(Construct::MultipartBody)),
        "{report}"
    );
}

/// A response offered both as JSON and as `text/event-stream` (OpenAI's `stream: true`): the
/// JSON method stays, and a `<name>_stream` method sends the same request with
/// `Accept: text/event-stream` and returns the typed events. The twin is not counted as an
/// operation of its own; a name already taken leaves only the JSON method, with a warning.
#[test]
fn a_response_offered_as_json_and_as_events_gets_a_streaming_twin() {
    let spec = r##"openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /completions:
    post:
      operationId: complete
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                prompt: {type: string}
                stream: {type: boolean}
      responses:
        '200':
          description: the completion, or a stream of chunks when asked
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Completion'}
            text/event-stream:
              schema: {$ref: '#/components/schemas/CompletionChunk'}
  /answers:
    post:
      operationId: answer
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Completion'}
            text/event-stream:
              schema: {$ref: '#/components/schemas/CompletionChunk'}
  /answers/stream:
    post:
      operationId: answerStream
      responses:
        '204': {description: done}
components:
  schemas:
    Completion:
      type: object
      required: [text]
      properties:
        text: {type: string}
    CompletionChunk:
      type: object
      required: [delta]
      properties:
        delta: {type: string}
"##;
    let (files, report) = render_yaml(spec);
    assert_eq!(
        (report.operations, report.declared_operations),
        (3, 3),
        "{report}"
    );
    let src = sources(&files);
    let squashed: String = src.split_whitespace().collect::<Vec<_>>().join(" ");
    let method = |name: &str| {
        let start = squashed
            .find(&format!("pub async fn {name}("))
            .or_else(|| squashed.find(&format!("pub fn {name}(")))
            .unwrap_or_else(|| panic!("no method `{name}` in {src}"));
        let end = squashed[start + 10..]
            .find("pub ")
            .map_or(squashed.len(), |e| start + 10 + e);
        squashed[start..end].to_owned()
    };
    let json = method("complete");
    assert!(json.contains("crate::types::Completion"), "{json}");
    assert!(!json.contains("EventStream"), "{json}");
    // A server that picks the form by `Accept` must not stream to the JSON method.
    assert!(
        json.contains("request.header(\"Accept\", \"application/json\")"),
        "{json}"
    );
    let stream = method("complete_stream");
    assert!(
        stream.contains("crate::sse::EventStream<crate::types::CompletionChunk>"),
        "{stream}"
    );
    assert!(
        stream.contains("request.header(\"Accept\", \"text/event-stream\")"),
        "{stream}"
    );
    assert!(stream.contains("\"/completions\""), "{stream}");
    // `answer_stream` is another operation's name: no twin for `answer`, and a warning.
    assert!(squashed.contains("pub fn answer_stream("), "{src}");
    assert!(!method("answer_stream").contains("EventStream"), "{src}");
    assert!(
        report
            .warnings()
            .any(|w| w.kind == DiagnosticKind::NameCollision
                && w.message.contains("`answer_stream`")),
        "{report}"
    );
}

#[test]
fn an_apifox_project_file_is_named_with_how_to_export_openapi() {
    let err = render_files(&[(
        "project.apifox.json",
        "{\n  \"apifoxProject\": \"1.0.0\",\n  \"$schema\": {\"app\": \"apifox\"},\n  \"info\": {\"name\": \"Shop\"},\n  \"apiCollection\": []\n}\n",
    )])
    .expect_err("not OpenAPI");
    let text = err.to_string();
    assert!(text.contains("project.apifox.json:2:"), "{text}");
    assert!(text.contains("Apifox project file"), "{text}");
    assert!(text.contains("OpenAPI Spec"), "{text}");
}

#[test]
fn structural_errors_name_file_line_and_pointer() {
    let err = render_files(&[(
        "api.yaml",
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  - /a\n",
    )])
    .expect_err("paths is a list");
    let text = err.to_string();
    assert!(text.contains("api.yaml:3:1 at #/paths"), "{text}");
    let err = render_files(&[("api.yaml", "info: {title: t, version: '1'}\npaths: {}\n")])
        .expect_err("no openapi field");
    assert!(err.to_string().contains("api.yaml:1:1"), "{err}");
}
