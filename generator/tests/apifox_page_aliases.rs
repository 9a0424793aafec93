//! Apifox Markdown pages of one project each repeat the shared components; a YAML alias inside
//! a page pastes one use's `x-apifox-refs` entry (with that use's overrides) into the
//! component's copy. Copies that differ only there merge; a real difference stays an error.
//! Shaped after the Cloudreve pages in `tests/corpus/apifox_cloudreve/`.

use wooshpay_codegen::{DiagnosticKind, ErrorKind, Options};

/// One Apifox page: an operation whose response inherits `Response` with `overrides`, and the
/// components, where `Response.aggregated_error` aliases that response's `x-apifox-refs`
/// entry and `Share.owner` inherits `User` through `owner_entry`, with `owner_written` as
/// Apifox's written-out expansion.
fn page(path: &str, overrides: &str, owner_entry: &str, owner_written: &str) -> String {
    format!(
        r##"# {path}

## OpenAPI Specification

```yaml
openapi: 3.0.1
info:
  title: ''
  version: 1.0.0
paths:
  {path}:
    get:
      summary: {path}
      description: >-
        Fails like this:

        ```json
        {{"code": 40073}}
        ```
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                type: object
                x-apifox-refs:
                  01JVP733RG0FTXDWZFDAF6M46J: &ref_0
                    $ref: '#/components/schemas/Response'
                    x-apifox-overrides:
{overrides}
                x-apifox-orders:
                  - 01JVP733RG0FTXDWZFDAF6M46J
                properties:
                  code:
                    type: integer
                required:
                  - code
                x-apifox-ignore-properties:
                  - code
components:
  schemas:
    Response:
      type: object
      properties:
        code:
          type: integer
        data:
          type: string
        aggregated_error:
          type: object
          properties: {{}}
          additionalProperties: *ref_0
          nullable: true
      required:
        - code
    User:
      type: object
      properties:
        id:
          type: string
        avatar:
          type: string
        status:
          type: string
      required:
        - id
    Share:
      type: object
      properties:
        owner:
          type: object
          x-apifox-refs:
            01JSV6N4KGSNM2NVP31CASMJ2W:
              $ref: '#/components/schemas/User'
              x-apifox-overrides:
{owner_entry}
          properties:
{owner_written}
          x-apifox-ignore-properties:
            - id
            - avatar
      x-apifox-folder: ''
```
"##
    )
}

const OWNER_WRITTEN: &str =
    "            id:\n              type: string\n            avatar:\n              type: string";

fn render(pages: &[(&str, String)]) -> wooshpay_codegen::Result<wooshpay_codegen::Report> {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in pages {
        std::fs::write(dir.path().join(name), text).expect("write page");
    }
    wooshpay_codegen::render(dir.path(), &Options::default()).map(|(_, report)| report)
}

/// The copies of `Response` differ in the overrides pasted by the alias, and those of `Share`
/// in the owner's `x-apifox-refs` entry while Apifox's written expansion agrees: they merge,
/// with a note each, and both operations are generated. The fenced sample inside a
/// description does not end the page's YAML block.
#[test]
fn copies_that_differ_only_through_an_alias_merge() {
    let a = page(
        "/a",
        "                      data: null",
        "                status: null",
        OWNER_WRITTEN,
    );
    let b = page(
        "/b",
        "                      code: null\n                      data: null",
        "                status: null\n                avatar: {type: string, description: pasted}",
        OWNER_WRITTEN,
    );
    let report = render(&[("a.md", a), ("b.md", b)]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((report.operations, report.declared_operations), (2, 2));
    for component in ["Response", "Share"] {
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::Duplicate
                    && d.message
                        .contains(&format!("component schema `{component}`"))),
            "{report}"
        );
    }
}

/// A written-out expansion that really differs (the owner's `avatar` is an integer in one
/// page) is a conflict, named in both pages.
#[test]
fn a_real_difference_in_the_written_expansion_is_a_conflict() {
    let a = page(
        "/a",
        "                      data: null",
        "                status: null",
        OWNER_WRITTEN,
    );
    let b = page(
        "/b",
        "                      data: null",
        "                status: null",
        &OWNER_WRITTEN.replace(
            "avatar:\n              type: string",
            "avatar:\n              type: integer",
        ),
    );
    let error = render(&[("a.md", a), ("b.md", b)]).expect_err("a real conflict");
    let all = error.all();
    assert_eq!(all.len(), 1, "{error}");
    assert_eq!(all[0].kind(), ErrorKind::Conflict, "{error}");
    let text = error.to_string();
    assert!(text.contains("component schema `Share`"), "{text}");
    assert!(text.contains("/owner/properties/avatar/type"), "{text}");
    assert!(text.contains("a.md:") && text.contains("b.md:"), "{text}");
}
