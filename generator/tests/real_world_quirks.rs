//! Constructs met in real Apifox exports and other public OpenAPI 3.0 documents, each reproduced
//! by a small hand-written spec: the generated names must read well and the crate must make sense.

use wooshpay_codegen::{Construct, DiagnosticKind, Files, Options, Report};

/// Renders one spec file (`name` decides YAML, JSON or Markdown) from a temporary folder.
fn render_one(name: &str, text: &str) -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join(name), text).expect("write spec");
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("spec renders")
}

fn render_yaml(text: &str) -> (Files, Report) {
    render_one("api.yaml", text)
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

/// The text of the resource file that declares `fn_name`.
fn assert_fn(files: &Files, fn_name: &str) {
    let all = sources(files);
    assert!(
        all.contains(&format!("pub fn {fn_name}(")),
        "no `{fn_name}` in:\n{}",
        all.lines()
            .filter(|l| l.contains("pub fn"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn assert_no_hex_names(files: &Files) {
    let all = sources(files);
    for line in all.lines() {
        let code = line.split("//").next().unwrap_or_default();
        assert!(
            !code
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|word| {
                    word.len() >= 5
                        && (word.starts_with('U') || word.starts_with('u'))
                        && word[1..5].chars().all(|c| c.is_ascii_hexdigit())
                        && word[1..5].chars().any(|c| c.is_ascii_digit())
                }),
            "code-point name in `{line}`"
        );
    }
}

#[test]
fn operation_names_follow_the_path_when_summaries_are_chinese() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /v1/movies/{id}/poster:
    get:
      summary: 下载海报
      x-apifox-folder: 电影/海报
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {type: object, properties: {url: {type: string}}}
  /v1/movies/{id}/reviews:
    get:
      summary: 影评列表
      x-apifox-folder: 电影/海报
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /v1/movies/{id}/status:
    get:
      summary: 状态
      x-apifox-folder: 电影/海报
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ''}
"#,
    );
    assert_fn(&files, "retrieve_poster");
    assert_fn(&files, "list_reviews");
    assert_fn(&files, "retrieve_status");
    assert!(
        report.resources.iter().any(|(name, _)| name == "movies"),
        "{:?}",
        report.resources
    );
    assert_no_hex_names(&files);
}

#[test]
fn rpc_style_paths_name_their_own_action() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /room/fetchRoomBadge:
    post:
      summary: 获取房间徽章
      tags: [房间管理]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: {roomId: {type: string}}
      responses:
        '200': {description: ''}
  /openapi/v2/room/members/query_online:
    get:
      summary: 在线成员
      tags: [房间管理]
      responses:
        '200': {description: ''}
  /externalapi/shop/cityList:
    get:
      summary: 城市列表
      tags: [地区]
      responses:
        '200': {description: ''}
  /api/shop/report/exportDailySales.json:
    post:
      summary: 导出日报
      tags: [地区]
      responses:
        '200': {description: ''}
"#,
    );
    assert_fn(&files, "fetch_room_badge");
    assert_fn(&files, "query_online");
    assert_fn(&files, "list_city");
    assert_fn(&files, "export_daily_sales");
    let resources: Vec<&str> = report.resources.iter().map(|(n, _)| n.as_str()).collect();
    assert!(resources.contains(&"room"), "{resources:?}");
    assert!(resources.contains(&"shop"), "{resources:?}");
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NameCollision),
        "{report}"
    );
}

#[test]
fn chinese_and_java_generic_schema_names_read_as_words() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /shop/orders:
    get:
      summary: List orders
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Page%C2%ABShopOrderVO%C2%BB'
components:
  schemas:
    Page«ShopOrderVO»:
      type: object
      properties:
        rows:
          type: array
          items: {$ref: '#/components/schemas/订单'}
    订单:
      type: object
      properties:
        金额: {type: number}
        状态:
          type: string
          enum: [待支付, 已支付, closed]
"#,
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub struct PageShopOrderVo"), "{types}");
    assert!(types.contains("pub struct DingDan "), "{types}");
    assert!(types.contains("pub jin_e: Option<f64>"), "{types}");
    // The wire name is what the serde impls read and write.
    assert!(types.contains("\"金额\""), "{types}");
    assert!(types.contains("DaiZhiFu"), "{types}");
    assert!(types.contains("YiZhiFu"), "{types}");
    assert_no_hex_names(&files);
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NameCollision),
        "{report}"
    );
}

#[test]
fn summaries_keep_the_lookup_key_after_by() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Shop, version: 1.0.0}
paths:
  /payouts:
    get:
      summary: List payouts by seller
      tags: [Payouts]
      parameters:
        - {name: sellerId, in: query, required: true, schema: {type: string}}
      responses:
        '200': {description: ''}
  /payouts/{orderId}:
    get:
      summary: Get payouts by order
      tags: [Payouts]
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ''}
  /payouts/{orderId}/{payoutId}:
    get:
      summary: Get payout by payout ID
      tags: [Payouts]
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string}}
        - {name: payoutId, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ''}
"#,
    );
    assert_fn(&files, "list_by_seller");
    assert_fn(&files, "get_by_order");
    assert_fn(&files, "get");
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NameCollision),
        "{report}"
    );
}

#[test]
fn ref_or_null_alternatives_are_optional_references() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /profile:
    get:
      summary: Get profile
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Profile'}
components:
  schemas:
    Avatar:
      type: object
      properties:
        url: {type: string}
    Profile:
      type: object
      required: [avatar, nickname, badge]
      properties:
        avatar:
          anyOf:
            - $ref: '#/components/schemas/Avatar'
            - type: 'null'
          description: The avatar, when one was uploaded.
        nickname:
          oneOf:
            - type: string
            - type: 'null'
        badge:
          anyOf:
            - $ref: '#/components/schemas/Avatar'
            - enum: [null]
"#,
    );
    let types = &files["src/types.rs"];
    assert!(
        types.contains("pub avatar: Option<crate::types::Avatar>"),
        "{types}"
    );
    assert!(types.contains("pub nickname: Option<String>"), "{types}");
    assert!(
        types.contains("pub badge: Option<crate::types::Avatar>"),
        "{types}"
    );
    assert!(!types.contains("pub enum ProfileAvatar"), "{types}");
    assert!(!types.contains("Json(serde_json::Value)"), "{types}");
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.severity == wooshpay_codegen::Severity::Warning),
        "{report}"
    );
}

#[test]
fn blank_property_names_from_the_apifox_editor_are_dropped() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /menus:
    get:
      summary: List menus
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                type: object
                properties:
                  items:
                    type: array
                    items:
                      type: object
                      x-apifox-refs:
                        01HZZZZZZZZZZZZZZZZZZZZZZZ:
                          $ref: '#/components/schemas/MenuItem'
                          x-apifox-overrides: {}
                      properties:
                        '':
                          type: string
                      required: ['']
                      x-apifox-orders: [01HZZZZZZZZZZZZZZZZZZZZZZZ, '']
components:
  schemas:
    MenuItem:
      type: object
      required: [label]
      properties:
        label: {type: string}
        link: {type: string}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(!types.contains("rename = \"\""), "{types}");
    assert!(
        types.contains("Option<Vec<crate::types::MenuItem>>"),
        "{types}"
    );
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Spelling && d.message.contains("empty name")),
        "{report}"
    );
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Inheritance && d.message.contains("derived")),
        "{report}"
    );
}

#[test]
fn field_titles_and_integer_enum_names_become_docs() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /members:
    get:
      summary: List members
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                type: object
                properties:
                  level:
                    type: integer
                    title: 会员等级
                    enum: [0, 1, 2]
                    x-apifox-enum:
                      - {value: 0, name: 普通, description: ''}
                      - {value: 1, name: Gold, description: 'paid yearly'}
                      - {value: 2, name: '', description: ''}
                  nickname:
                    type: string
                    title: 昵称
                    description: 昵称，最长 20 个字符
                  points:
                    type: integer
                    title: 积分
                    description: 当前可用积分
"#,
    );
    let types = &files["src/types.rs"];
    assert!(
        types.contains("/// Allowed values: `0` (普通), `1` (Gold: paid yearly), `2`."),
        "{types}"
    );
    assert!(types.contains("/// 会员等级"), "{types}");
    // A title the description already contains is not repeated.
    assert!(!types.contains("/// 昵称\n"), "{types}");
    assert!(
        types.contains("/// 积分\n    ///\n    /// 当前可用积分"),
        "{types}"
    );
}

#[test]
fn ref_siblings_copied_by_apifox_do_not_shadow_the_component() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /probes:
    post:
      summary: Create probe
      requestBody:
        content:
          application/json:
            schema:
              type: object
              x-apifox-refs: {}
              required: [liveness]
              properties:
                liveness: &copy
                  $ref: '#/components/schemas/Probe'
                  title: 存活探针
                  type: object
                  properties:
                    kind: {type: string}
                  required: [kind]
                  x-apifox-orders: [kind]
                readiness: *copy
      responses:
        '200': {description: ''}
components:
  schemas:
    Probe:
      type: object
      required: [kind]
      properties:
        kind:
          type: string
          enum: [http, tcp]
"#,
    );
    let types = &files["src/types.rs"];
    assert!(
        types.contains("pub liveness: crate::types::Probe"),
        "{types}"
    );
    assert!(
        types.contains("pub readiness: Option<crate::types::Probe>"),
        "{types}"
    );
    assert!(types.contains("/// 存活探针"), "{types}");
    assert!(!types.contains("Liveness {"), "{types}");
    // An empty `x-apifox-refs` inherits nothing: no derived-type warning naming nothing.
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Inheritance && d.message.contains("derived")),
        "{report}"
    );
}

#[test]
fn all_of_required_names_make_inherited_properties_required() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Shop, version: 1.0.0}
paths:
  /lines:
    post:
      summary: Create line
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/OrderLine'}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {$ref: '#/components/schemas/PatchLine'}
components:
  schemas:
    Sku:
      type: integer
      format: int64
    ProductRef:
      type: object
      properties:
        sku: {$ref: '#/components/schemas/Sku'}
        seller: {type: string}
        note: {type: string}
    OrderLine:
      allOf:
        - $ref: '#/components/schemas/ProductRef'
      type: object
      required: [sku, seller, quantity]
      properties:
        quantity: {type: integer}
    PatchLine:
      allOf:
        - $ref: '#/components/schemas/ProductRef'
      required: [sku]
"#,
    );
    let types = &files["src/types.rs"];
    let order_line = &types[types.find("pub struct OrderLine").expect("OrderLine")..];
    let order_line = &order_line[..order_line.find("\n}").unwrap()];
    assert!(
        order_line.contains("pub sku: crate::types::Sku,"),
        "{order_line}"
    );
    assert!(order_line.contains("pub seller: String,"), "{order_line}");
    assert!(
        order_line.contains("pub note: Option<String>,"),
        "{order_line}"
    );
    assert!(order_line.contains("pub quantity: i64,"), "{order_line}");
    let patch = &types[types.find("pub struct PatchLine").expect("PatchLine")..];
    let patch = &patch[..patch.find("\n}").unwrap()];
    assert!(patch.contains("pub sku: crate::types::Sku,"), "{patch}");
    assert!(patch.contains("pub seller: Option<String>,"), "{patch}");
    // The component itself keeps its optional fields.
    let base = &types[types.find("pub struct ProductRef").expect("ProductRef")..];
    let base = &base[..base.find("\n}").unwrap()];
    assert!(
        base.contains("pub sku: Option<crate::types::Sku>,"),
        "{base}"
    );
}

#[test]
fn sentence_summaries_fall_back_to_the_path() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Pay, version: 1.0.0}
paths:
  /charge:
    post:
      summary: charge customer for unpaid order products
      tags: [payin]
      responses:
        '200': {description: ''}
  /charge/{id}:
    patch:
      summary: refresh charge status
      tags: [payin]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ''}
"#,
    );
    assert_fn(&files, "charge");
    assert_fn(&files, "refresh_charge_status");
}

#[test]
fn swagger_generated_and_sentence_operation_ids_are_tidied() {
    let (files, report) = render_one(
        "api.json",
        r#"{
  "openapi": "3.0.1",
  "info": {"title": "t", "version": "1"},
  "paths": {
    "/api/settlement/exportReport.json": {
      "post": {"operationId": "exportReportUsingPOST_1", "tags": ["财务"], "responses": {"200": {"description": "OK"}}}
    },
    "/gateway/payments/{paymentId}": {
      "get": {
        "operationId": "look up the state of a gateway payment",
        "tags": ["gateway-controller"],
        "parameters": [{"name": "paymentId", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "OK"}}
      }
    }
  }
}"#,
    );
    assert_fn(&files, "export_report");
    assert_fn(&files, "retrieve_payment");
    assert!(
        report.resources.iter().any(|(name, _)| name == "gateway"),
        "{:?}",
        report.resources
    );
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Spelling && d.message.contains("operationId")),
        "{report}"
    );
}

#[test]
fn required_names_without_a_property_are_reported() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Cafe, version: 1.0.0}
paths:
  /orders/{order_id}:
    get:
      summary: get order
      parameters:
        - {name: order_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ''
          content:
            application/JSON:
              schema: {$ref: '#/components/schemas/Order'}
components:
  schemas:
    Order:
      type: object
      required: [id, create]
      properties:
        id: {type: string}
        created: {type: string, format: date-time}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub id: String,"), "{types}");
    assert!(types.contains("pub created: Option<String>,"), "{types}");
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnknownRequired && d.message.contains("`create`")),
        "{report}"
    );
}

#[test]
fn enum_values_differing_only_in_case_say_their_case() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /jobs:
    get:
      summary: List jobs
      parameters:
        - name: state
          in: query
          schema:
            type: string
            enum: [Pending, pending, PENDING, done]
      responses:
        '200': {description: ''}
"#,
    );
    let types = &files["src/types.rs"];
    for variant in ["Pending,", "PendingLower,", "PendingUpper,", "Done,"] {
        assert!(types.contains(variant), "{variant} in {types}");
    }
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NameCollision),
        "{report}"
    );
}

#[test]
fn security_scheme_spellings_are_read_case_insensitively() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /goods/detail:
    post:
      summary: 查询商品
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {$ref: '#/components/schemas/goods_state'}
components:
  schemas:
    goods_state:
      type: integer
      title: 商品状态
      enum: [-1, 21]
      x-apifox-enum:
        - {value: -1, name: '', description: 已删除}
        - {value: 21, name: '', description: 待发布}
  securitySchemes:
    key:
      type: apikey
      name: Authorization
      in: Header
    basic:
      type: HTTP
      scheme: Basic
security:
  - key: []
"#,
    );
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Spelling && d.message.contains("`apikey`")),
        "{report}"
    );
    let types = &files["src/types.rs"];
    assert!(
        types.contains("/// Allowed values: `-1` (已删除), `21` (待发布)."),
        "{types}"
    );
}

#[test]
fn boolean_keywords_spelled_loosely_are_understood() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /members:
    post:
      summary: Create member
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string, required: true}
                nickname: {type: string, required: 'false'}
                age: {type: integer, required: 'true', nullable: 'false'}
                note: {type: string, nullable: 'true'}
      responses:
        '200': {description: ''}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub name: String,"), "{types}");
    assert!(types.contains("pub age: i64,"), "{types}");
    assert!(types.contains("pub nickname: Option<String>,"), "{types}");
    assert!(types.contains("pub note: Option<String>,"), "{types}");
}

#[test]
fn loosely_spelled_types_and_parameter_flags_are_understood() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /stats/{day}:
    get:
      summary: Get stats
      parameters:
        - {name: day, in: path, required: 'true', schema: {type: date}}
        - {name: limit, in: query, required: 'false', schema: {type: Integer}}
        - {name: total, in: query, schema: {type: long}}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema:
                type: Object
                required: [ok, rates]
                properties:
                  ok: {type: Boolean}
                  rates: {type: Array, items: {type: double}}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub limit: Option<i64>,"), "{types}");
    assert!(types.contains("pub total: Option<i64>,"), "{types}");
    assert!(types.contains("pub ok: bool,"), "{types}");
    assert!(types.contains("pub rates: Vec<f64>,"), "{types}");
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Spelling && d.message.contains("`long`")),
        "{report}"
    );
}

#[test]
fn list_items_and_map_values_that_may_be_null_are_options() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /teams/{id}:
    get:
      summary: Retrieve a team
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Team'}
components:
  schemas:
    Member: {type: object, properties: {name: {type: string}}}
    Team:
      type: object
      required: [members, labels, scores]
      properties:
        members:
          type: array
          items:
            anyOf: [{$ref: '#/components/schemas/Member'}, {type: 'null'}]
        labels:
          type: object
          additionalProperties: {type: string, nullable: true}
        scores:
          type: array
          items: {type: integer}
"#,
    );
    let types = &files["src/types.rs"];
    assert!(
        types.contains("pub members: Vec<Option<crate::types::Member>>,"),
        "{types}"
    );
    assert!(
        types.contains("pub labels: std::collections::BTreeMap<String, Option<String>>,"),
        "{types}"
    );
    assert!(types.contains("pub scores: Vec<i64>,"), "{types}");
}

#[test]
fn relative_server_urls_give_a_client_that_can_be_built() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
servers: [{url: /api/v1}]
paths:
  /ping:
    get:
      summary: Ping
      responses: {'200': {description: ''}}
"#,
    );
    assert!(
        files["src/lib.rs"].contains("\"http://localhost/api/v1\""),
        "{}",
        files["src/lib.rs"]
    );
    assert!(
        report
            .warnings()
            .any(|w| w.kind == DiagnosticKind::RelativeServer),
        "{report}"
    );
}

/// WooshPay's "Retrieve a refund" page declares an optional `text/plain` body on its GET and
/// the "Checkout" folder holds `/v1/checkout/sessions/...` with the summary "Retreive a
/// Session": the operation is still generated, without a body, on a `checkout_sessions` handle
/// with a `retrieve` method.
#[test]
fn text_bodies_on_gets_namespace_folders_and_misspelt_summaries() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.0.1
info: {title: '', version: 1.0.0}
paths:
  /v1/refunds/{refund_id}:
    get:
      summary: Retrieve a refund
      tags: [API Reference/Refunds]
      parameters:
        - {name: refund_id, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          text/plain:
            schema: {type: string}
      responses:
        '200': {description: '', content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
      x-apifox-folder: API Reference/Refunds
  /v1/checkout/sessions/{id}:
    get:
      summary: Retreive a Session
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: '', content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
      x-apifox-folder: API Reference/Checkout
"#,
    );
    let refunds = &files["src/resources/refunds.rs"];
    let retrieve = &refunds[refunds
        .find("pub fn retrieve(")
        .expect("retrieve is generated")..];
    assert!(!retrieve.contains("_body("), "no body is sent: {retrieve}");
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::EmptyBody && d.message.contains("text/plain")),
        "{report}"
    );
    assert!(
        files.contains_key("src/resources/checkout_sessions.rs"),
        "{:?}",
        files.keys()
    );
    assert!(files["src/resources/checkout_sessions.rs"].contains("pub fn checkout_sessions(&self)"));
    assert_fn(&files, "retrieve");
    assert!(!sources(&files).contains("retreive"));
}

#[test]
fn openapi_3_1_documents_may_leave_out_paths_and_responses() {
    // Only webhooks and components: 3.1 made `paths` optional.
    let (files, report) = render_yaml(
        r#"
openapi: 3.1.0
info: {title: Hooks, version: 1.0.0}
webhooks:
  newPet:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses:
        '200': {description: ok}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
"#,
    );
    assert_eq!(report.operations, 0, "{report}");
    assert!(files["src/types.rs"].contains("pub struct Pet"));
    // An operation without `responses` (also optional in 3.1) is generated, not refused.
    let (files, report) = render_yaml(
        r#"
openapi: 3.1.0
info: {title: Ping, version: 1.0.0}
paths:
  /ping:
    post:
      operationId: ping
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {message: {type: string}}}
"#,
    );
    assert_eq!(report.operations, 1, "{report}");
    assert_eq!(report.declared_operations, 1, "{report}");
    assert_fn(&files, "ping");
}

#[test]
fn mutual_tls_security_schemes_are_left_to_the_http_client() {
    let (files, report) = render_yaml(
        r#"
openapi: 3.1.0
info: {title: Bank, version: 1.0.0}
paths:
  /accounts:
    get:
      operationId: listAccounts
      security:
        - mtls: []
          key: []
      responses:
        '200': {description: ok}
components:
  securitySchemes:
    mtls:
      type: mutualTLS
      description: client certificate
    key:
      type: apiKey
      name: X-Key
      in: header
security:
  - mtls: []
    key: []
"#,
    );
    assert_fn(&files, "list_accounts");
    assert!(
        report.diagnostics.iter().any(|d| d.kind
            == DiagnosticKind::Unsupported(Construct::MutualTls)
            && d.location.pointer.as_deref() == Some("#/components/securitySchemes/mtls")),
        "{report}"
    );
    assert!(
        sources(&files).to_ascii_lowercase().contains("x-key"),
        "the api key remains"
    );
}

#[test]
fn a_spec_without_schemas_reexports_its_empty_types_without_a_warning() {
    let (files, _) = render_yaml(
        r#"
openapi: 3.0.3
info: {title: Plain, version: 1.0.0}
paths:
  /health:
    get:
      operationId: health
      responses:
        '204': {description: up}
"#,
    );
    let lib = &files["src/lib.rs"];
    assert!(
        lib.contains("#[allow(unused_imports)]\npub use crate::types::*;"),
        "{lib}"
    );
}
