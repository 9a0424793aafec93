//! The generated crate's README: an operation without a summary is listed with the first
//! sentence of its description; long summaries are cut at a word.

use wooshpay_codegen::Options;

#[test]
fn operations_without_a_summary_show_their_descriptions_first_sentence() {
    let long = "word ".repeat(40);
    let spec = format!(
        r#"
openapi: 3.0.3
info: {{title: Shop, version: "1"}}
paths:
  /v1/orders:
    get:
      description: "Lists the orders of the shop. Newest first.\n\nMore text."
      responses:
        '200': {{description: ok}}
    post:
      summary: "{long}"
      responses:
        '200': {{description: ok}}
"#
    );
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    let readme = files
        .iter()
        .find(|(p, _)| p.as_str() == "README.md")
        .map(|(_, t)| t.clone())
        .expect("README.md");
    let row = |method: &str| {
        readme
            .lines()
            .find(|l| l.contains(&format!("| `{method} /v1/orders` |")))
            .unwrap_or_else(|| panic!("{method} row in {readme}"))
            .to_owned()
    };
    assert!(
        row("GET").ends_with("| Lists the orders of the shop. |"),
        "{}",
        row("GET")
    );
    let post = row("POST");
    assert!(post.ends_with("word… |"), "{post}");
    assert!(post.len() < 200, "{post}");
}

/// A byte body is a `&[u8]` argument: the crate docs' and README's examples never pass it a
/// `&Default::default()` (which does not compile), they call another operation.
#[test]
fn examples_never_pass_a_default_to_a_byte_body() {
    let spec = r#"
openapi: 3.0.3
info: {title: Faces, version: "1"}
paths:
  /detect:
    post:
      operationId: detectWithStream
      requestBody:
        content: {application/octet-stream: {schema: {type: string, format: binary}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
  /faces/{id}:
    get:
      operationId: getFace
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
"#;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    for name in ["src/lib.rs", "README.md"] {
        let text = &files[name];
        assert!(
            !text.contains("detect_with_stream(&Default::default())"),
            "{name}: {text}"
        );
    }
}
