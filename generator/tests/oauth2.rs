//! OAuth2 security schemes: the client-credentials and refresh-token flows become builder
//! methods carrying the spec's token URLs and scopes; an implicit-only scheme is still a
//! bearer token (with a warning); `[auth]` in the settings replaces the scheme.

use wooshpay_codegen::{Construct, DiagnosticKind, Files, Options, Report};

fn render(spec: &str, settings: Option<&str>) -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
    if let Some(settings) = settings {
        std::fs::write(dir.path().join("codegen.toml"), settings).expect("write settings");
    }
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("spec renders")
}

fn spec(scheme: &str) -> String {
    format!(
        r#"
openapi: 3.0.3
info: {{title: Tokens, version: "1"}}
servers: [{{url: "https://api.example.com/v1"}}]
security:
  - oauth: [read]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '204': {{description: ok}}
components:
  securitySchemes:
    oauth:
{scheme}
"#
    )
}

const CLIENT_CREDENTIALS: &str = r#"      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes: {read: Read things, write: Write things}
        authorizationCode:
          authorizationUrl: https://auth.example.com/authorize
          tokenUrl: https://auth.example.com/code-token
          refreshUrl: https://auth.example.com/refresh
          scopes: {read: Read things, admin: Everything}"#;

fn unsupported_scheme(report: &Report) -> bool {
    report
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::Unsupported(Construct::SecurityScheme))
}

#[test]
fn client_credentials_and_refresh_flows_become_builder_methods() {
    let (files, report) = render(&spec(CLIENT_CREDENTIALS), None);
    assert!(!unsupported_scheme(&report), "{report}");
    let lib = &files["src/lib.rs"];
    // No constructor argument: the credentials go to the builder.
    assert!(lib.contains("pub fn builder() -> ClientBuilder"), "{lib}");
    assert!(lib.contains("pub fn oauth2_client_credentials("), "{lib}");
    assert!(lib.contains("\"https://auth.example.com/token\""), "{lib}");
    // The authorization-code flow's refresh URL exchanges refresh tokens.
    assert!(lib.contains("pub fn oauth2_refresh_token("), "{lib}");
    assert!(
        lib.contains("\"https://auth.example.com/refresh\""),
        "{lib}"
    );
    // Every declared scope once, in order.
    assert!(
        lib.contains(r#"let declared: &[&str] = &["read", "write", "admin"];"#),
        "{lib}"
    );
    assert!(lib.contains("/// - `admin`: Everything"), "{lib}");
    assert!(files.contains_key("src/oauth.rs"));
    assert!(files["README.md"].contains("## OAuth2"));
}

#[test]
fn a_refresh_only_scheme_has_no_client_credentials_method() {
    let scheme = r#"      type: oauth2
      flows:
        password:
          tokenUrl: /token
          scopes: {}"#;
    let (files, report) = render(&spec(scheme), None);
    assert!(!unsupported_scheme(&report), "{report}");
    let lib = &files["src/lib.rs"];
    assert!(!lib.contains("pub fn oauth2_client_credentials("), "{lib}");
    assert!(lib.contains("pub fn oauth2_refresh_token("), "{lib}");
    assert!(lib.contains("\"/token\""), "{lib}");
    assert!(lib.contains("let declared: &[&str] = &[];"), "{lib}");
}

#[test]
fn an_implicit_only_scheme_stays_a_bearer_token_with_a_note() {
    let scheme = r#"      type: oauth2
      flows:
        implicit:
          authorizationUrl: https://auth.example.com/authorize
          scopes: {read: Read things}"#;
    let (files, report) = render(&spec(scheme), None);
    assert!(
        report.diagnostics.iter().any(|d| d.kind
            == DiagnosticKind::Unsupported(Construct::SecurityScheme)
            && d.message.contains("implicit")),
        "{report}"
    );
    let lib = &files["src/lib.rs"];
    assert!(lib.contains("Credential::bearer(secret_key)"), "{lib}");
    assert!(!lib.contains("oauth2_client_credentials"), "{lib}");
}

#[test]
fn auth_settings_replace_an_oauth2_scheme() {
    let (files, _) = render(
        &spec(CLIENT_CREDENTIALS),
        Some("[auth]\nscheme = \"header\"\nname = \"X-Api-Key\"\n"),
    );
    let lib = &files["src/lib.rs"];
    assert!(!lib.contains("oauth2_client_credentials"), "{lib}");
    assert!(lib.contains("Credential::header(\"X-Api-Key\""), "{lib}");
}

/// Google's shape: an implicit-only scheme (a bearer token, a `Client::builder` argument)
/// beside one with an authorization-code flow: the OAuth2 example passes that argument too,
/// so its doctest compiles.
#[test]
fn the_oauth2_example_passes_the_other_schemes_credentials() {
    let spec = r#"
openapi: 3.0.3
info: {title: Files, version: "1"}
servers: [{url: "https://api.example.com/v1"}]
security:
  - implicit: [read]
    code: [read]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '204': {description: ok}
components:
  securitySchemes:
    implicit:
      type: oauth2
      flows:
        implicit: {authorizationUrl: "https://auth.example.com/authorize", scopes: {read: Read}}
    code:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: "https://auth.example.com/authorize"
          tokenUrl: "https://auth.example.com/token"
          scopes: {read: Read}
"#;
    let (files, _) = render(spec, None);
    let lib = &files["src/lib.rs"];
    assert!(
        lib.contains("pub fn builder(secret_key: impl Into<String>)"),
        "{lib}"
    );
    assert!(
        lib.contains(
            "//! let client = files::Client::builder(\"...\")\n//!     .oauth2_refresh_token("
        ),
        "{lib}"
    );
    assert!(!lib.contains("Client::builder()\n"), "{lib}");
}
