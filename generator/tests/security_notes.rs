//! OAuth 2.0 schemes the client cannot run the flows of (implicit only) and OpenID Connect:
//! their access tokens are bearer tokens (RFC 6750), so sending the token as one is right and
//! takes a note, not a warning; a client-credentials flow is run by the client (no
//! diagnostic); schemes the client really cannot follow (`http digest`, an API key in a
//! cookie) still warn.

use wooshpay_codegen::{Construct, Diagnostic, DiagnosticKind, Options, Severity};

/// The security-scheme diagnostics of a spec whose only scheme `auth` is `scheme` (YAML
/// flow mapping).
fn scheme_diagnostics(scheme: &str) -> Vec<Diagnostic> {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("auth.yaml");
    std::fs::write(
        &spec,
        format!(
            "openapi: 3.0.3\ninfo: {{title: Auth, version: '1'}}\nsecurity: [{{auth: []}}]\npaths:\n  /me:\n    get:\n      operationId: me\n      responses:\n        '204': {{description: none}}\ncomponents:\n  securitySchemes:\n    auth: {scheme}\n"
        ),
    )
    .expect("write spec");
    let (_, report) =
        wooshpay_codegen::render(&spec, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    report
        .diagnostics
        .into_iter()
        .filter(|d| d.kind == DiagnosticKind::Unsupported(Construct::SecurityScheme))
        .collect()
}

#[test]
fn oauth2_and_openid_connect_are_notes_other_schemes_warn() {
    let flows = scheme_diagnostics(
        "{type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {}}}}",
    );
    assert!(flows.is_empty(), "{flows:#?}");
    let oauth = scheme_diagnostics(
        "{type: oauth2, flows: {implicit: {authorizationUrl: 'https://example.com/authorize', scopes: {}}}}",
    );
    assert_eq!(oauth.len(), 1, "{oauth:#?}");
    assert_eq!(oauth[0].severity, Severity::Note, "{oauth:#?}");
    assert!(
        oauth[0].to_string().contains(
            "auth.yaml:12:5 at #/components/securitySchemes/auth: security scheme `auth` (oauth2 with only the implicit flow)"
        ),
        "{oauth:#?}"
    );
    let oidc = scheme_diagnostics(
        "{type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'}",
    );
    assert_eq!(oidc.len(), 1, "{oidc:#?}");
    assert_eq!(oidc[0].severity, Severity::Note, "{oidc:#?}");
    let digest = scheme_diagnostics("{type: http, scheme: digest}");
    assert_eq!(digest.len(), 1, "{digest:#?}");
    assert_eq!(digest[0].severity, Severity::Warning, "{digest:#?}");
    let cookie = scheme_diagnostics("{type: apiKey, in: cookie, name: session}");
    assert_eq!(cookie.len(), 1, "{cookie:#?}");
    assert_eq!(cookie[0].severity, Severity::Warning, "{cookie:#?}");
}
