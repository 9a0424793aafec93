//! `cargo xtask new-resource SOURCE`: adds one Apifox export (a file, a Markdown page, or the
//! URL of a page) to `specs/<resource>/`, regenerates the crate, prints the handles and
//! operations it gained, and scaffolds a Prism contract test calling each new operation.
//!
//! The pieces are functions of text (which resource folder a spec belongs in, which
//! operations `api.json` gained, the test file) so that they are tested without a network or a
//! regeneration; [`run`] strings them together.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use heck::ToSnakeCase;
use serde_json::{json, Map, Value};

/// What went wrong; nothing under `specs/` or `tests/` is left changed by a failed run.
#[derive(Debug, thiserror::Error)]
pub enum NewResourceError {
    /// The source could not be read or downloaded.
    #[error("{0}")]
    Source(String),
    /// The source is not an OpenAPI document the generator reads.
    #[error("{source_name}: {message}")]
    Spec {
        /// The file or URL.
        source_name: String,
        /// What the generator said.
        message: String,
    },
    /// The resource folder cannot be told from the spec.
    #[error("{0}: no operation has a tag to name the resource by; pass --resource NAME")]
    NoResource(String),
    /// The target file exists already.
    #[error("{0} exists already; pass --file NAME for another name")]
    Exists(PathBuf),
    /// Writing or regenerating failed.
    #[error("{0}")]
    Io(String),
}

/// One operation the crate gained, from `api.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOperation {
    /// `handle.method` (`coupons.delete`).
    pub key: String,
    /// `METHOD /path`.
    pub route: String,
    /// The arguments, as `api.json` lists them (`id: &str`, `body: &CreateCoupon`).
    pub arguments: Vec<String>,
    /// The returned type, if any.
    pub returns: Option<String>,
}

/// The spec document inside `text` (a YAML or JSON file, or a Markdown page's first block).
pub fn parse_spec(name: &str, text: &str) -> Result<Value, NewResourceError> {
    let format =
        if name.ends_with(".md") || text.trim_start().starts_with('#') && text.contains("```") {
            wooshpay_codegen::load::Format::Markdown
        } else if name.ends_with(".json") {
            wooshpay_codegen::load::Format::Json
        } else {
            wooshpay_codegen::load::Format::Yaml
        };
    let spec_error = |e: wooshpay_codegen::Error| NewResourceError::Spec {
        source_name: name.to_owned(),
        message: e.to_string(),
    };
    let files = wooshpay_codegen::load::SourceFile::from_text(
        PathBuf::from(name),
        name.to_owned(),
        text.to_owned(),
        format,
    )
    .map_err(spec_error)?;
    let first = files.first().ok_or_else(|| NewResourceError::Spec {
        source_name: name.to_owned(),
        message: "no OpenAPI document in it".into(),
    })?;
    let document = first
        .parse(&wooshpay_codegen::Limits::default())
        .map_err(spec_error)?;
    if document.get("openapi").is_none() || document.get("paths").is_none() {
        return Err(NewResourceError::Spec {
            source_name: name.to_owned(),
            message: "not an OpenAPI document (no `openapi` and `paths`)".into(),
        });
    }
    Ok(document)
}

/// The resource folder the spec's operations belong in: the last segment of the first
/// operation's tag (`API Reference/Payment Methods` → `payment_methods`), as Apifox names
/// resources and the generator names accessors.
pub fn resource_of(document: &Value) -> Option<String> {
    document
        .get("paths")?
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .filter_map(|op| op.get("tags")?.as_array()?.first()?.as_str())
        .map(|tag| tag.rsplit('/').next().unwrap_or(tag).to_snake_case())
        .find(|name| !name.is_empty())
}

/// The file name for the spec: `given`, else the source's last path segment (a URL's query
/// dropped), as a `.yaml`/`.json`/`.md` name.
pub fn file_name(source: &str, given: Option<&str>) -> String {
    if let Some(g) = given {
        return g.to_owned();
    }
    let last = source
        .split(['?', '#'])
        .next()
        .unwrap_or(source)
        .trim_end_matches('/')
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("spec.yaml");
    if [".yaml", ".yml", ".json", ".md"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        last.to_owned()
    } else {
        format!("{last}.md")
    }
}

/// The operations `after` (an `api.json`) has that `before` lacks.
pub fn new_operations(before: &Value, after: &Value) -> Vec<NewOperation> {
    let empty = Map::new();
    let old = before
        .get("operations")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    after
        .get("operations")
        .and_then(Value::as_object)
        .unwrap_or(&empty)
        .iter()
        .filter(|(key, _)| !old.contains_key(*key))
        .map(|(key, op)| NewOperation {
            key: key.clone(),
            route: op["route"].as_str().unwrap_or("").to_owned(),
            arguments: op["arguments"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
            returns: op.get("returns").and_then(Value::as_str).map(str::to_owned),
        })
        .collect()
}

/// The resources (`accessor → handle type`) `after` has that `before` lacks.
pub fn new_resources(before: &Value, after: &Value) -> BTreeMap<String, String> {
    let old = before.get("resources").and_then(Value::as_object);
    after
        .get("resources")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(k, _)| !old.is_some_and(|o| o.contains_key(*k)))
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_owned()))
        .collect()
}

/// A JSON value the schema accepts: its `example`, else its required members filled by type
/// (the first enum value, `"text"`, `1`, `true`, `[]`), bounded in depth.
pub fn sample(schema: &Value, document: &Value, depth: usize) -> Value {
    let schema = resolve(schema, document);
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if depth > 8 {
        return Value::Null;
    }
    if let Some(first) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return first.clone();
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(first) = schema
            .get(key)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
        {
            return sample(first, document, depth + 1);
        }
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => match schema.get("format").and_then(Value::as_str) {
            Some("int64" | "int32" | "integer") => json!("1"),
            _ => json!("text"),
        },
        Some("integer" | "number") => json!(1),
        Some("boolean") => json!(true),
        Some("array") => json!([]),
        _ => {
            let mut out = Map::new();
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for name in required {
                    if let Some(p) = props.get(name) {
                        out.insert(name.to_owned(), sample(p, document, depth + 1));
                    }
                }
            }
            Value::Object(out)
        }
    }
}

/// Follows a local `$ref` (`#/components/schemas/X`), a few steps at most.
fn resolve<'a>(mut schema: &'a Value, document: &'a Value) -> &'a Value {
    for _ in 0..16 {
        let Some(r) = schema.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let pointer = r.trim_start_matches('#');
        let decoded = percent_decode(pointer);
        match document.pointer(&decoded) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

/// `%20` and friends decoded (Apifox writes `#/components/schemas/Billing%20Details`).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The operation object of `route` (`POST /v1/coupons`) in the normalized document.
fn operation<'a>(document: &'a Value, route: &str) -> Option<&'a Value> {
    let (method, path) = route.split_once(' ')?;
    document
        .get("paths")?
        .get(path)?
        .get(method.to_ascii_lowercase())
}

/// The JSON of an argument of type `ty` for the operation: its query parameters' (for the
/// parameters struct) or its JSON body's sample.
fn argument_json(document: &Value, op: &Value, name: &str) -> Value {
    if name == "params" {
        let mut out = Map::new();
        for p in op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let p = resolve(p, document);
            if p.get("in").and_then(Value::as_str) == Some("query")
                && p.get("required").and_then(Value::as_bool) == Some(true)
            {
                if let (Some(n), Some(s)) = (p.get("name").and_then(Value::as_str), p.get("schema"))
                {
                    out.insert(n.to_owned(), sample(s, document, 0));
                }
            }
        }
        return Value::Object(out);
    }
    let content = op
        .pointer("/requestBody/content")
        .and_then(Value::as_object);
    let Some((_, media)) = content.and_then(|c| c.iter().next()) else {
        return json!({});
    };
    if let Some(example) = media.get("example") {
        return example.clone();
    }
    media
        .get("schema")
        .map(|s| sample(s, document, 0))
        .unwrap_or_else(|| json!({}))
}

/// The Prism contract test for `operations`: each one called against both Prisms (the
/// normalized document and the specs as written), path arguments as `"id_123"`, parameter
/// and body structs decoded from the spec's example or from their required members.
pub fn contract_test(
    crate_name: &str,
    resource: &str,
    operations: &[NewOperation],
    document: &Value,
) -> String {
    let mut out = format!(
        "//! Contract tests of `{resource}` (scaffolded by `cargo xtask new-resource`): each operation\n\
         //! against Prism in both of the suite's modes, the normalized document and the specs as\n\
         //! written. Replace the sample arguments with the page's examples and assert on the\n\
         //! responses.\n\n\
         use wooshpay_tests::contract::{{both_prisms, client, open_response}};\n"
    );
    for op in operations {
        let fn_name = op.key.replace('.', "_");
        let Some(spec_op) = operation(document, &op.route) else {
            continue;
        };
        let mut lets = String::new();
        let mut args = Vec::new();
        for argument in &op.arguments {
            let Some((name, ty)) = argument.split_once(':') else {
                continue;
            };
            let (name, ty) = (name.trim(), ty.trim().trim_start_matches('&'));
            if ty == "str" {
                args.push("\"id_123\"".to_owned());
                continue;
            }
            let value = argument_json(document, spec_op, name);
            let value = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".into());
            lets.push_str(&format!(
                "        let {name}: {crate_name}::{ty} = serde_json::from_value(serde_json::json!({value}))\n            .expect(\"the sample decodes\");\n",
                value = value.replace('\n', "\n        ")
            ));
            args.push(format!("&{name}"));
        }
        let (handle, method) = op.key.split_once('.').unwrap_or((&op.key, ""));
        out.push_str(&format!(
            "\n/// `{route}`.\n#[tokio::test]\nasync fn {fn_name}_matches_the_contract() {{\n    for (_mode, prism) in both_prisms() {{\n{lets}        let result = client(prism).{handle}().{method}({args}).await;\n        open_response(result, \"{key}\", prism);\n    }}\n}}\n",
            route = op.route,
            key = op.key,
            args = args.join(", "),
        ));
    }
    out
}

/// What [`run`] did.
#[derive(Debug)]
pub struct Added {
    /// The spec file written, relative to the repository.
    pub spec: PathBuf,
    /// The resources the crate gained.
    pub resources: BTreeMap<String, String>,
    /// The operations the crate gained.
    pub operations: Vec<NewOperation>,
    /// The contract test written, if any.
    pub test: Option<PathBuf>,
}

/// Adds `source` under `specs/<resource>/`, runs `regenerate` (which must rewrite
/// `generated-client/`), and scaffolds the test; a failed regeneration removes the file again.
pub fn run(
    root: &Path,
    source: &str,
    resource: Option<&str>,
    file: Option<&str>,
    regenerate: impl FnOnce() -> Result<(), String>,
) -> Result<Added, NewResourceError> {
    let bytes = if source.starts_with("http://") || source.starts_with("https://") {
        crate::fetch::download_page(source).map_err(|e| NewResourceError::Source(e.to_string()))?
    } else {
        std::fs::read(source).map_err(|e| NewResourceError::Source(format!("{source}: {e}")))?
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| NewResourceError::Source(format!("{source}: not UTF-8 text")))?;
    let name = file_name(source, file);
    let document = parse_spec(&name, &text)?;
    let resource = match resource {
        Some(r) => r.to_owned(),
        None => {
            resource_of(&document).ok_or_else(|| NewResourceError::NoResource(source.to_owned()))?
        }
    };
    let spec = PathBuf::from("specs").join(&resource).join(&name);
    let target = root.join(&spec);
    if target.exists() {
        return Err(NewResourceError::Exists(spec));
    }
    let api_json = root.join("generated-client/api.json");
    let read_api = || -> Value {
        std::fs::read_to_string(&api_json)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_else(|| json!({}))
    };
    let before = read_api();
    let folder_existed = target.parent().is_some_and(Path::exists);
    let io = |e: std::io::Error| NewResourceError::Io(format!("{}: {e}", spec.display()));
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    std::fs::write(&target, &text).map_err(io)?;
    if let Err(message) = regenerate() {
        let _ = std::fs::remove_file(&target);
        if !folder_existed {
            if let Some(parent) = target.parent() {
                let _ = std::fs::remove_dir(parent);
            }
        }
        return Err(NewResourceError::Io(format!(
            "regeneration failed, {} removed again: {message}",
            spec.display()
        )));
    }
    let after = read_api();
    let operations = new_operations(&before, &after);
    let resources = new_resources(&before, &after);
    let crate_name = after["crate"].as_str().unwrap_or("wooshpay").to_owned();
    let normalized: Value = std::fs::read_to_string(root.join("generated-client/openapi.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(|| json!({}));
    let test_path = PathBuf::from("tests/tests").join(format!("contract_{resource}.rs"));
    let test = if operations.is_empty() || root.join(&test_path).exists() {
        None
    } else {
        let text = contract_test(&crate_name, &resource, &operations, &normalized);
        std::fs::write(root.join(&test_path), text)
            .map_err(|e| NewResourceError::Io(format!("{}: {e}", test_path.display())))?;
        Some(test_path)
    };
    Ok(Added {
        spec,
        resources,
        operations,
        test,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# Delete a coupon\n\n```yaml\nopenapi: 3.0.1\ninfo: {title: '', version: 1.0.0}\npaths:\n  /v1/coupons/{id}:\n    delete:\n      summary: Delete a coupon\n      tags: [API Reference/Coupons]\n      responses: {'200': {description: ok}}\n```\n";

    #[test]
    fn the_resource_is_the_tags_last_segment_in_snake_case() {
        let doc = parse_spec("delete.md", PAGE).expect("a page");
        assert_eq!(resource_of(&doc).as_deref(), Some("coupons"));
        let doc = parse_spec(
            "x.yaml",
            "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      tags: [API Reference/Payment Methods]\n",
        )
        .expect("yaml");
        assert_eq!(resource_of(&doc).as_deref(), Some("payment_methods"));
    }

    #[test]
    fn file_names_come_from_the_source() {
        assert_eq!(
            file_name("https://docs.x/42654181e0.md?v=1", None),
            "42654181e0.md"
        );
        assert_eq!(
            file_name("/tmp/delete_coupon.yaml", None),
            "delete_coupon.yaml"
        );
        assert_eq!(file_name("https://docs.x/page", None), "page.md");
        assert_eq!(
            file_name("x.md", Some("delete_coupon.md")),
            "delete_coupon.md"
        );
    }

    #[test]
    fn not_a_spec_is_refused() {
        assert!(matches!(
            parse_spec("x.yaml", "title: nothing\n"),
            Err(NewResourceError::Spec { .. })
        ));
    }

    #[test]
    fn new_operations_and_resources_are_the_difference_of_two_api_reports() {
        let before = json!({"resources": {"refunds": "RefundsResource"}, "operations": {"refunds.create": {"route": "POST /v1/refunds", "arguments": ["body: &CreateRefund"]}}});
        let after = json!({"resources": {"refunds": "RefundsResource", "coupons": "CouponsResource"}, "operations": {
            "refunds.create": {"route": "POST /v1/refunds", "arguments": ["body: &CreateRefund"]},
            "coupons.delete": {"route": "DELETE /v1/coupons/{id}", "arguments": ["id: &str"], "returns": "Coupon"}}});
        let ops = new_operations(&before, &after);
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].key, "coupons.delete");
        assert_eq!(ops[0].returns.as_deref(), Some("Coupon"));
        assert_eq!(new_resources(&before, &after).len(), 1);
    }

    #[test]
    fn samples_fill_required_members_and_prefer_examples() {
        let doc = json!({"components": {"schemas": {"Money": {"type": "object", "required": ["amount", "currency"], "properties": {
            "amount": {"type": "integer"}, "currency": {"type": "string", "enum": ["USD", "EUR"]}, "note": {"type": "string"}}}}}});
        let schema = json!({"type": "object", "required": ["price"], "properties": {"price": {"$ref": "#/components/schemas/Money"}}});
        assert_eq!(
            sample(&schema, &doc, 0),
            json!({"price": {"amount": 1, "currency": "USD"}})
        );
        assert_eq!(
            sample(&json!({"type": "string", "example": "x"}), &doc, 0),
            json!("x")
        );
    }

    #[test]
    fn the_scaffolded_test_calls_each_operation_with_typed_arguments() {
        let doc = json!({"paths": {"/v1/coupons": {"post": {"requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "required": ["percent_off"], "properties": {"percent_off": {"type": "number"}}}}}}}}}});
        let ops = vec![NewOperation {
            key: "coupons.create".into(),
            route: "POST /v1/coupons".into(),
            arguments: vec!["body: &CreateCoupon".into()],
            returns: Some("Coupon".into()),
        }];
        let text = contract_test("wooshpay", "coupons", &ops, &doc);
        assert!(
            text.contains("async fn coupons_create_matches_the_contract()"),
            "{text}"
        );
        assert!(
            text.contains(
                "let body: wooshpay::CreateCoupon = serde_json::from_value(serde_json::json!({"
            ),
            "{text}"
        );
        assert!(text.contains("\"percent_off\": 1"), "{text}");
        assert!(
            text.contains("client(prism).coupons().create(&body).await"),
            "{text}"
        );
    }
}
