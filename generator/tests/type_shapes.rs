//! The type graph's shapes: tagged unions (from a `discriminator` or an implicit tag property),
//! untagged unions with named variants, `allOf` of a union, and same-shape types merged into
//! one type named after what they share, with short names.

use std::path::Path;

use wooshpay_codegen::{DiagnosticKind, Files, Options, Report};

fn render_fixture() -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unions_and_shapes.yaml");
    std::fs::copy(fixture, dir.path().join("api.yaml")).expect("copy fixture");
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("fixture renders")
}

fn render_yaml(text: &str) -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), text).expect("write spec");
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("spec renders")
}

/// One top-level item with its doc comment and the undocumented impls that follow it.
fn item(source: &str, header: &str) -> String {
    let start = source
        .find(header)
        .unwrap_or_else(|| panic!("`{header}` not in generated source:\n{source}"));
    let item_start = source[..start].rfind("\n\n").map(|i| i + 2).unwrap_or(0);
    let rest = &source[item_start..];
    let end = rest[1..]
        .find("\n\n///")
        .map(|i| i + 2)
        .unwrap_or(rest.len());
    rest[..end].trim_end().to_owned()
}

#[test]
fn discriminator_gives_an_internally_tagged_enum_named_from_the_mapping() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    insta::assert_snapshot!("discriminator_union", item(types, "pub enum Pet {"));
    // Without a mapping, the tag values are the component names.
    let new_pet = item(types, "pub enum NewPet {");
    assert!(new_pet.contains("Some(\"Dog\") =>"), "{new_pet}");
    assert!(new_pet.contains("Unknown(serde_json::Value)"), "{new_pet}");
}

#[test]
fn required_one_value_properties_are_implicit_tags() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    insta::assert_snapshot!("implicit_tag_union", item(types, "pub enum Event {"));
}

#[test]
fn untagged_variants_are_named_after_what_sets_them_apart() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    let payment = item(types, "pub enum Payment {");
    insta::assert_snapshot!("named_untagged_union", payment);
    assert!(!types.contains("Object2"), "{types}");
}

#[test]
fn all_of_a_union_with_a_description_keeps_the_union() {
    let (files, _) = render_fixture();
    let types = &files["src/types.rs"];
    assert!(
        types.contains("pub type Documented = crate::types::Payment;"),
        "{}",
        item(types, "Documented")
    );
}

#[test]
fn same_shape_inline_types_are_one_type_named_after_what_they_share() {
    let (files, report) = render_fixture();
    let types = &files["src/types.rs"];
    insta::assert_snapshot!(
        "merged_shared_type",
        item(types, "pub struct Line1AndCityAddress {")
    );
    assert!(!types.contains("pub struct ListEventsResponseShippingAddress"));
    let response = item(types, "pub struct ListEventsResponse {");
    assert!(
        response.contains("pub billing: Option<crate::types::WithAddress>"),
        "{response}"
    );
    assert!(
        response.contains("pub shipping: Option<crate::types::WithAddress>"),
        "{response}"
    );
    let same_shape: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::SameShape)
        .map(|d| d.to_string())
        .collect();
    assert!(
        same_shape.iter().any(|n| n.contains("2 types")),
        "{same_shape:#?}"
    );
    assert!(
        same_shape
            .iter()
            .any(|n| n.contains("`ListEventsResponseBillingAddress`, `ListEventsResponseShippingAddress` renamed to `Line1AndCityAddress`")),
        "{same_shape:#?}"
    );
}

#[test]
fn same_shape_components_keep_their_names_as_aliases() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Money: {type: object, required: [amount], properties: {amount: {type: integer}, currency: {type: string}}}
    Price: {type: object, required: [amount], properties: {amount: {type: integer}, currency: {type: string}}}
    Order:
      type: object
      properties:
        total: {$ref: '#/components/schemas/Price'}
        paid: {type: object, required: [amount], properties: {amount: {type: integer}, currency: {type: string}}}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub struct Money {"), "{types}");
    assert!(
        types.contains("pub type Price = crate::types::Money;"),
        "{types}"
    );
    // The inline look-alike is the component.
    assert!(
        types.contains("pub paid: Option<crate::types::Money>"),
        "{types}"
    );
    assert!(!types.contains("pub struct OrderPaid"), "{types}");
}

/// Two components whose fields name different aliases of the same non-generated type (free-form
/// objects here) have one shape: the second is an alias of the first, and inline look-alikes
/// merge into one type.
#[test]
fn references_through_aliases_of_the_same_type_are_the_same_shape() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    ReportExtra: {type: object, additionalProperties: true}
    SessionExtra: {type: object, additionalProperties: true}
    ReportOptions:
      type: object
      properties: {extra: {$ref: '#/components/schemas/ReportExtra'}, name: {type: string}}
    SessionOptions:
      type: object
      properties: {extra: {$ref: '#/components/schemas/SessionExtra'}, name: {type: string}}
    Holder:
      type: object
      properties:
        first:
          type: object
          properties: {wallet: {$ref: '#/components/schemas/ReportExtra'}, kind: {type: string}}
        second:
          type: object
          properties: {wallet: {$ref: '#/components/schemas/SessionExtra'}, kind: {type: string}}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub struct ReportOptions {"), "{types}");
    assert!(
        types.contains("pub type SessionOptions = crate::types::ReportOptions;"),
        "{types}"
    );
    // The aliases themselves keep their names (they are names, not types).
    assert!(types.contains("pub type ReportExtra ="), "{types}");
    assert!(types.contains("pub type SessionExtra ="), "{types}");
    assert!(!types.contains("pub struct HolderSecond"), "{types}");
    assert!(!types.contains("pub struct HolderFirst"), "{types}");
}

#[test]
fn long_names_are_shortened_without_collisions() {
    let long = "averyveryverylongpropertynamethatkeepsgoing";
    let (files, report) = render_yaml(&format!(
        r#"
openapi: 3.0.3
info: {{title: T, version: "1"}}
paths: {{}}
components:
  schemas:
    Outer:
      type: object
      properties:
        {long}_first:
          type: object
          properties:
            {long}_inner_a: {{type: object, properties: {{x: {{type: string}}}}}}
            {long}_inner_b: {{type: object, properties: {{y: {{type: string}}}}}}
"#
    ));
    let types = &files["src/types.rs"];
    let names: Vec<&str> = types
        .lines()
        .filter_map(|l| {
            l.strip_prefix("pub struct ")
                .or_else(|| l.strip_prefix("pub enum "))
        })
        .map(|l| l.trim_end_matches(" {"))
        .collect();
    assert!(names.len() >= 4, "{names:?}");
    for n in &names {
        assert!(n.len() <= 64, "`{n}` is {} characters", n.len());
    }
    let unique: std::collections::HashSet<_> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::TypeName));
}

#[test]
fn each_resource_is_a_feature_compiling_the_types_it_reaches() {
    let (files, _) = render_fixture();
    let manifest = &files["Cargo.toml"];
    let features = &manifest[manifest.find("[features]").expect("a [features] table")..];
    let features = &features[..features
        .find("\n[dev-dependencies]")
        .unwrap_or(features.len())];
    insta::assert_snapshot!("feature_gated_cargo_toml", features);
    insta::assert_snapshot!(
        "feature_gated_resources_module",
        files["src/resources/mod.rs"].clone()
    );
    let types = &files["src/types.rs"];
    // Reached by one resource only.
    assert!(
        types.contains(
            "#[cfg(feature = \"pets\")]\n#[derive(Debug, Clone)]\n#[cfg_attr(feature = \"partial_eq\", derive(PartialEq))]\npub enum Pet {"
        ),
        "{}",
        item(types, "pub enum Pet {")
    );
    assert!(types.contains(
        "#[cfg(feature = \"events\")]\n#[derive(Debug, Clone, Default)]\n#[cfg_attr(feature = \"partial_eq\", derive(PartialEq))]\npub struct ListEventsResponse {"
    ));
    // The impls of a gated type are gated with it.
    assert!(types
        .contains("#[cfg(feature = \"events\")]\nimpl<'de> serde::Deserialize<'de> for Event {"));
    // The HTTP stack is optional: without `client` the crate is its types.
    assert!(manifest.contains("reqwest = { version = \"0.12\", default-features = false, features = [\"rustls-tls\", \"multipart\"], optional = true }"));
    let lib = &files["src/lib.rs"];
    assert!(
        lib.contains("#[cfg(feature = \"client\")]\n#[rustfmt::skip]\npub mod resources;"),
        "{lib}"
    );
}

/// Component schemas no operation uses (and what only they refer to) are compiled by a feature
/// of their own, on by default; a type both an operation and such a schema reach is compiled by
/// either; resources named like the crate's other features get `-resource` feature names.
#[test]
fn schemas_no_operation_uses_are_a_feature_of_their_own() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Shelter, version: "1"}
paths:
  /pets/{id}:
    get:
      tags: [pets]
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /clients/{id}:
    get:
      tags: [client]
      operationId: getClient
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Owner'}}}}
  /unreferenced_schemas:
    get:
      tags: [unreferenced_schemas]
      operationId: listUnreferencedSchemas
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
components:
  schemas:
    Pet:
      type: object
      properties: {name: {type: string}, owner: {$ref: '#/components/schemas/Owner'}}
    Owner:
      type: object
      properties: {name: {type: string}}
    Adoption:
      description: No operation uses it.
      type: object
      properties:
        pet: {$ref: '#/components/schemas/Pet'}
        record: {type: object, properties: {signed_at: {type: string}}}
"#,
    );
    let manifest = &files["Cargo.toml"];
    let features = &manifest[manifest.find("[features]").expect("a [features] table")..];
    let features = &features[..features
        .find("\n[dev-dependencies]")
        .unwrap_or(features.len())];
    insta::assert_snapshot!("unreferenced_schemas_cargo_toml", features);
    let types = &files["src/types.rs"];
    let gate = |header: &str| {
        let item = item(types, header);
        item.lines()
            .skip_while(|l| !l.starts_with("#[cfg("))
            .take_while(|l| !l.starts_with("#[derive"))
            .map(str::trim)
            .collect::<String>()
    };
    // No operation reaches `Adoption` nor its inline `record`.
    assert_eq!(
        gate("pub struct Adoption {"),
        "#[cfg(feature = \"unreferenced_schemas\")]"
    );
    assert_eq!(
        gate("pub struct AdoptionRecord {"),
        "#[cfg(feature = \"unreferenced_schemas\")]"
    );
    // `Pet` is reached by its resource and by `Adoption`; `Owner` by two resources too.
    assert_eq!(
        gate("pub struct Pet {"),
        "#[cfg(any(feature = \"pets\", feature = \"unreferenced_schemas\"))]"
    );
    assert_eq!(
        gate("pub struct Owner {"),
        "#[cfg(any(feature = \"client-resource\", feature = \"pets\", feature = \"unreferenced_schemas\"))]"
    );
    assert!(files["src/resources/mod.rs"].contains(
        "#[cfg(feature = \"unreferenced_schemas-resource\")]\npub mod unreferenced_schemas;"
    ));
    // The crate docs say how to build one resource, and what the feature is.
    let lib = &files["src/lib.rs"];
    assert!(lib.contains("//! # Cargo features"), "{lib}");
    assert!(
        lib.contains("default-features = false, features = [\"client\", \"pets\"] }"),
        "{lib}"
    );
    assert!(
        lib.contains("`unreferenced_schemas` compiles the schemas no operation uses"),
        "{lib}"
    );
}

/// A spec whose every schema an operation uses has no `unreferenced_schemas` feature.
#[test]
fn no_unreferenced_schemas_feature_when_operations_use_every_schema() {
    let (files, _) = render_fixture();
    assert!(!files["Cargo.toml"].contains("unreferenced_schemas"));
    assert!(!files["src/types.rs"].contains("unreferenced_schemas"));
    assert!(!files["src/lib.rs"].contains("unreferenced_schemas"));
}

/// Versions and dates in tags and paths do not name handles or types; a tag that is only a
/// version is no resource name; a title that is a short phrase names its inline type, one
/// that is a sentence, a label or generic words does not.
#[test]
fn versions_do_not_leak_into_names_and_titles_name_inline_types() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: Telephony, version: 1.0.0}
paths:
  /2010-04-01/Accounts/{AccountSid}/Calls.json:
    post:
      operationId: CreateCall
      tags: [Api20100401Call]
      parameters:
        - {name: AccountSid, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              title: New outbound call
              properties:
                To: {type: string}
                options: {type: object, title: The options of the call., properties: {record: {type: boolean}}}
                extra: {type: object, title: Request body, properties: {note: {type: string}}}
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema: {type: object, properties: {sid: {type: string}}}
  /v1/trials/apply:
    post:
      summary: Apply trial
      tags: ["1.7.4"]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                meta: {type: object, title: Trial metadata, properties: {source: {type: string}}}
      responses:
        '200': {description: ok}
"#,
    );
    let types = &files["src/types.rs"];
    let resources: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with("src/resources/"))
        .collect();
    let all = files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs"))
        .map(|(_, text)| text.clone())
        .collect::<Vec<_>>()
        .join("\n");
    // Code, not documentation (which may quote the tag as written).
    let code: String = all
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for noise in [
        "Api20100401",
        "20100401",
        "ApiV2010",
        "174",
        "T174",
        "_1_7_4",
    ] {
        assert!(
            !code.contains(noise),
            "`{noise}` leaks into a name:\n{code}"
        );
    }
    // The tag names the resource without its version; `Call` is the runtime's, so the handle
    // takes a suffix; the operation's types say `Call` once.
    assert!(files.contains_key("src/resources/call.rs"), "{resources:?}");
    assert!(all.contains("pub struct CallResource<'a>"), "{all}");
    assert!(all.contains("pub fn create_call("), "{all}");
    // The version-only tag gives way to the path.
    assert!(
        files.contains_key("src/resources/trials.rs"),
        "{resources:?}"
    );
    assert!(all.contains("pub fn apply("), "{all}");
    // Titles: a phrase names its type; a sentence and generic words do not.
    assert!(types.contains("pub struct NewOutboundCall {"), "{types}");
    assert!(types.contains("pub struct TrialMetadata {"), "{types}");
    assert!(!types.contains("pub struct TheOptionsOfTheCall"), "{types}");
    assert!(!types.contains("pub struct RequestBody "), "{types}");
    let notes: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("`TrialMetadata`") && n.contains("named after its title")),
        "{notes:#?}"
    );
}

/// Each type implements the serde direction the API needs: what requests send is
/// `Serialize`, what responses carry (and schemas no request uses) is `Deserialize`; the other
/// direction is behind the crate's `serialize` / `deserialize` features. The impls are written
/// out (through the crate's `object` module), not derived.
#[test]
fn serde_impls_follow_the_direction_each_type_travels() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Shop, version: "1"}
paths:
  /orders:
    post:
      operationId: createOrder
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewOrder'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Receipt'}
components:
  schemas:
    Address:
      type: object
      required: [line1]
      properties:
        line1: {type: string}
        postal-code: {type: string}
    NewOrder:
      type: object
      required: [address]
      properties:
        address: {$ref: '#/components/schemas/Address'}
        note: {type: string}
    Receipt:
      type: object
      required: [id, shipped_to]
      properties:
        id: {type: string}
        shipped_to: {$ref: '#/components/schemas/Address'}
        voided_at: {type: string, nullable: true}
    Audit:
      type: object
      properties:
        actor: {type: string}
"#,
    );
    let types = &files["src/types.rs"];
    let gated = |feature: &str, header: &str| {
        types.contains(&format!("#[cfg(feature = \"{feature}\")]\n{header}"))
    };
    let ser = |name: &str| format!("impl serde::Serialize for {name} {{");
    let de = |name: &str| format!("impl<'de> serde::Deserialize<'de> for {name} {{");
    for name in ["NewOrder", "Receipt", "Address", "Audit"] {
        assert!(types.contains(&ser(name)), "{name}: no Serialize\n{types}");
        assert!(types.contains(&de(name)), "{name}: no Deserialize\n{types}");
    }
    // Sent only: decoding it is opt-in.
    assert!(!gated("serialize", &ser("NewOrder")));
    assert!(gated("deserialize", &de("NewOrder")), "{types}");
    // Received only, or never used by a request: encoding it is opt-in.
    for name in ["Receipt", "Audit"] {
        assert!(gated("serialize", &ser(name)), "{name}\n{types}");
        assert!(!gated("deserialize", &de(name)), "{name}\n{types}");
    }
    // Both ways.
    assert!(!gated("serialize", &ser("Address")) && !gated("deserialize", &de("Address")));
    // No derive and no serde attributes: the wire names live in the impls.
    assert!(!types.contains("derive(serde::"), "{types}");
    assert!(!types.contains("#[serde("), "{types}");
    insta::assert_snapshot!(
        "written_out_serde_impls",
        item(types, "pub struct Address {")
    );
    let manifest = &files["Cargo.toml"];
    assert!(manifest.contains("\nserialize = []\n") && manifest.contains("\ndeserialize = []\n"));
}
