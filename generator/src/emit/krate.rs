//! The crate's own files: `Cargo.toml`, `lib.rs` (modules, re-exports, constructors, servers).

use crate::model::naming::{escape_ident, snake_ident, variant_name};
use crate::model::RustIdent;
use quote::quote;

use crate::emit::types::{doc_attrs, ident};
use crate::emit::EmitOptions;
use crate::model::directions::{DESERIALIZE_FEATURE, SERIALIZE_FEATURE};
use crate::model::features::{CLIENT_FEATURE, PARTIAL_EQ_FEATURE, UNREFERENCED_FEATURE};
use crate::model::{Api, AuthScheme};
use crate::settings::{event_variant, Webhooks};

/// Runtime modules copied into every generated crate as they are (name, source): the files of
/// the runtime crate (`generator/runtime/src/`) but its `lib.rs`, `config.rs`,
/// `webhooks/events.rs` and `tests/`, which [`config_rs`] and [`webhook_events_rs`] stand in for.
pub const RUNTIME: &[(&str, &str)] = &[
    ("client", include_str!("../../runtime/src/client.rs")),
    ("encoding", include_str!("../../runtime/src/encoding.rs")),
    ("error", include_str!("../../runtime/src/error.rs")),
    (
        "expandable",
        include_str!("../../runtime/src/expandable.rs"),
    ),
    ("multipart", include_str!("../../runtime/src/multipart.rs")),
    ("oauth", include_str!("../../runtime/src/oauth.rs")),
    ("object", include_str!("../../runtime/src/object.rs")),
    (
        "pagination",
        include_str!("../../runtime/src/pagination.rs"),
    ),
    ("sse", include_str!("../../runtime/src/sse.rs")),
    ("strict", include_str!("../../runtime/src/strict.rs")),
    ("testing", include_str!("../../runtime/src/testing.rs")),
    (
        "timestamps",
        include_str!("../../runtime/src/timestamps.rs"),
    ),
    ("webhooks", include_str!("../../runtime/src/webhooks.rs")),
];

/// `src/config.rs`: the API's conventions the runtime reads, as constants (the runtime crate's
/// own `config.rs` has test values for the same names).
pub fn config_rs(options: &EmitOptions) -> proc_macro2::TokenStream {
    let idempotency = &options.idempotency_header;
    let request_ids: Vec<String> = options
        .runtime
        .request_id_headers
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let envelope = match &options.runtime.error_envelope {
        Some(member) => quote!(Some(#member)),
        None => quote!(None),
    };
    let codes = &options.runtime.error_code_fields;
    let messages = &options.runtime.error_message_fields;
    let webhooks = options.webhooks.as_ref().map(|w| {
        let header = &w.signature_header;
        let scheme = &w.scheme;
        let tolerance = proc_macro2::Literal::u64_unsuffixed(w.tolerance_seconds);
        quote! {
            /// The webhook signature header.
            pub(crate) const WEBHOOK_SIGNATURE_HEADER: &str = #header;
            /// The webhook signature scheme (`t=…,<scheme>=<hex>`).
            pub(crate) const WEBHOOK_SCHEME: &str = #scheme;
            /// The webhook timestamp tolerance, in seconds.
            pub(crate) const WEBHOOK_TOLERANCE_SECONDS: u64 = #tolerance;
        }
    });
    quote! {
        //! The API's conventions the runtime modules read, from the generator's settings.
        #![allow(dead_code)]

        /// The header idempotency keys go in where an operation declares none.
        pub(crate) const IDEMPOTENCY_HEADER: &str = #idempotency;
        /// The response headers a request ID is read from, the first present wins (lower case).
        pub(crate) const REQUEST_ID_HEADERS: &[&str] = &[#( #request_ids ),*];
        /// The member of an error body holding the error object; `None`: the API has no envelope.
        pub(crate) const ERROR_ENVELOPE: Option<&str> = #envelope;
        /// Dotted paths of error-body members read as the error code when there is no envelope.
        pub(crate) const ERROR_CODE_FIELDS: &[&str] = &[#( #codes ),*];
        /// Dotted paths of error-body members read as the error message when there is no envelope.
        pub(crate) const ERROR_MESSAGE_FIELDS: &[&str] = &[#( #messages ),*];
        #webhooks
    }
}

/// `Cargo.toml` of the generated crate: no path dependencies, so it builds when vendored.
pub fn cargo_toml(api: &Api, options: &EmitOptions, header: &str) -> String {
    let plan = crate::model::features::plan(api);
    let description = options.description.clone().unwrap_or_else(|| {
        format!(
            "Typed Rust client for {}",
            if api.title.trim().is_empty() {
                "the API"
            } else {
                api.title.trim()
            }
        )
    });
    // The webhook module's signature check needs HMAC-SHA256 and hex.
    let webhook_dependencies = if options.webhooks.is_some() {
        "hex = \"0.4\"\nhmac = \"0.12\"\n"
    } else {
        ""
    };
    let webhook_sha2 = if options.webhooks.is_some() {
        "sha2 = \"0.10\"\n"
    } else {
        ""
    };
    format!(
        r#"{header}
[package]
name = "{name}"
version = "{version}"
edition = "2021"
rust-version = "1.80"
description = "{description}"
license = "MIT OR Apache-2.0"
publish = false

[dependencies]
bytes = {{ version = "1", optional = true }}
futures-util = {{ version = "0.3", default-features = false, features = ["std"], optional = true }}
http = {{ version = "1", optional = true }}
{webhook_dependencies}percent-encoding = {{ version = "2", optional = true }}
reqwest = {{ version = "0.12", default-features = false, features = ["rustls-tls", "multipart"], optional = true }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
serde_path_to_error = "0.1"
{webhook_sha2}fastrand = {{ version = "2", optional = true }}
tokio = {{ version = "1", features = ["time"], optional = true }}
uuid = {{ version = "1", features = ["v4"], optional = true }}
tracing = {{ version = "0.1", optional = true }}

[features]
# Everything: the HTTP client, `PartialEq` and every resource.
default = [{default_features}]
# The HTTP client (reqwest, tokio) and the handles of the enabled resources. Without it the
# crate is the serde types (and webhook decoding) only.
client = ["dep:bytes", "dep:futures-util", "dep:http", "dep:percent-encoding", "dep:reqwest", "dep:fastrand", "dep:tokio", "dep:uuid"]
# A `tracing` span per call (`api_call`: operation, method, path template, attempts, status,
# request id, elapsed) and per attempt (`api_attempt`); never credentials or bodies.
tracing = ["dep:tracing"]
# `PartialEq` for the structs and unions (string enums always have it): on by default, for a
# slim build to leave out (it is a comparison per field to compile).
partial_eq = []
# `Serialize` for every type, not only for what requests send (to store a response, say).
serialize = []
# `Deserialize` for every type, not only for what responses carry (to read a request body in
# a test server, say).
deserialize = []
# Typed test stubs (`testing::Stub`): one stub per operation answering in-process, calls
# recorded; with `serialize` and `deserialize`, to write typed responses and read typed requests.
testing = ["client", "serialize", "deserialize"]
{unreferenced_feature}# One feature per resource: its operations (with `client`) and exactly the types they reach.
{resource_features}
[dev-dependencies]
axum = {{ version = "0.8", default-features = false, features = ["http1", "tokio"] }}
tokio = {{ version = "1", features = ["macros", "rt-multi-thread", "net"] }}
"#,
        name = options.crate_name,
        version = options.crate_version,
        default_features = [CLIENT_FEATURE, PARTIAL_EQ_FEATURE]
            .into_iter()
            .chain(plan.resources.iter().map(|(_, f)| f.as_str()))
            .chain(plan.has_unreferenced.then_some(UNREFERENCED_FEATURE))
            .map(|f| format!("\"{f}\""))
            .collect::<Vec<_>>()
            .join(", "),
        unreferenced_feature = if plan.has_unreferenced {
            format!(
                "# Component schemas no operation uses, and the types they refer to. Without it the crate\n\
                 # has only the types of the enabled resources (a type both reach is there with either).\n\
                 {UNREFERENCED_FEATURE} = []\n"
            )
        } else {
            String::new()
        },
        resource_features = plan
            .resources
            .iter()
            .map(|(_, f)| format!("{f} = []\n"))
            .collect::<String>(),
        description = description.replace('\\', "/").replace('"', "'"),
    )
}

/// `///` lines for `text` at `indent`, words wrapped at 100 columns.
fn doc_comment(indent: &str, text: &str) -> String {
    const WIDTH: usize = 100;
    let mut out = String::new();
    for paragraph_line in text.lines() {
        if paragraph_line.trim().is_empty() {
            out.push_str(&format!("{indent}///\n"));
            continue;
        }
        let mut line = format!("{indent}///");
        let empty_len = line.len();
        for word in paragraph_line.split_whitespace() {
            if line.len() > empty_len && line.len() + 1 + word.len() > WIDTH {
                out.push_str(&line);
                out.push('\n');
                line = format!("{indent}///");
            }
            line.push(' ');
            line.push_str(word);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A Rust string literal for `text`.
fn string_literal(text: &str) -> String {
    format!("{text:?}")
}

/// The signing secret as shown in docs: `whsec_...` with a prefix, `...` without.
fn secret_example(webhooks: &Webhooks) -> String {
    format!("{}...", webhooks.secret_prefix)
}

/// `src/webhooks/events.rs`: the `event_types!` and `event_objects!` calls (macros of the
/// runtime's `webhooks.rs`) for the settings' event types, type predicates and object types.
pub fn webhook_events_rs(webhooks: &Webhooks, api: &Api, header: &str) -> String {
    let mut event_types = String::from("event_types! {\n");
    for (wire, doc, _) in &webhooks.events {
        let doc = match doc {
            Some(d) if !d.trim().is_empty() => format!("`{wire}`: {}", d.trim()),
            _ => format!("`{wire}`."),
        };
        event_types.push_str(&doc_comment("    ", &doc));
        event_types.push_str(&format!(
            "    {} => {},\n",
            event_variant(wire),
            string_literal(wire)
        ));
    }
    event_types.push_str("}\n");
    if !webhooks.type_groups.is_empty() {
        event_types.push_str("\nimpl EventType {\n");
        for (i, (method, prefix, doc)) in webhooks.type_groups.iter().enumerate() {
            if i > 0 {
                event_types.push('\n');
            }
            let doc = doc
                .clone()
                .unwrap_or_else(|| format!("Whether the type starts with `{prefix}`."));
            event_types.push_str(&doc_comment("    ", &doc));
            event_types.push_str(&format!(
                "    pub fn {method}(&self) -> bool {{\n        self.as_str().starts_with({})\n    }}\n",
                string_literal(prefix)
            ));
        }
        event_types.push_str("}\n");
    }
    format!(
        "{header}\n//! The API's webhook event types and the objects they carry (see the `webhooks` module).\n\nuse super::{{Event, WebhookError}};\n\n{event_types}\n{}",
        event_objects(api, webhooks)
    )
}

/// The `EventObject` variant of each object type the settings' events name, in the order they
/// first appear: the type's name, or `<name>Type` (repeated) where that is `Unknown`, the
/// variant of everything else.
pub fn event_object_variants(webhooks: &Webhooks) -> Vec<(String, String, Vec<String>)> {
    // (type, variant, wire types)
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    for (wire, _, object) in &webhooks.events {
        let Some(object) = object else { continue };
        match out.iter_mut().find(|(t, _, _)| t == object) {
            Some((_, _, wires)) => wires.push(wire.clone()),
            None => {
                let mut variant = object.clone();
                while variant == "Unknown" || out.iter().any(|(_, v, _)| *v == variant) {
                    variant.push_str("Type");
                }
                out.push((object.clone(), variant, vec![wire.clone()]));
            }
        }
    }
    out
}

/// The `cfg` predicate compiling a type (as `types.rs` gates it): `feature = "a"`,
/// `any(feature = "a", feature = "b")`, with `all(feature = "client", ...)` for a type holding
/// a file upload; `None` for a type every build has.
fn cfg_predicate(
    plan: &crate::model::features::FeaturePlan,
    id: crate::model::TypeId,
) -> Option<String> {
    let (features, client) = plan.gate(id);
    let any = match features.as_slice() {
        [] => None,
        [one] => Some(format!("feature = {}", string_literal(one))),
        several => Some(format!(
            "any({})",
            several
                .iter()
                .map(|f| format!("feature = {}", string_literal(f)))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    };
    let client = client.then(|| format!("feature = {}", string_literal(CLIENT_FEATURE)));
    match (any, client) {
        (None, None) => None,
        (Some(a), None) => Some(a),
        (None, Some(c)) => Some(c),
        (Some(a), Some(c)) => Some(format!("all({c}, {a})")),
    }
}

/// The `event_objects!` call of `src/webhooks.rs`: one `EventObject` variant per object type the
/// settings' events name, gated by the features that compile the type, with the event types
/// whose `data.object` it is.
fn event_objects(api: &Api, webhooks: &Webhooks) -> String {
    let plan = crate::model::features::plan(api);
    let mut out = String::from("event_objects! {\n");
    for (object, variant, wires) in event_object_variants(webhooks) {
        let listed = wires
            .iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let doc = format!("A [`{object}`](crate::types::{object}), the object of {listed} events.");
        out.push_str(&doc_comment("    ", &doc));
        let predicate = api
            .types
            .by_name(&object)
            .and_then(|t| cfg_predicate(&plan, t.id));
        if let Some(predicate) = predicate {
            out.push_str(&format!("    #[cfg({predicate})]\n"));
        }
        let arms = wires
            .iter()
            .map(|w| string_literal(w))
            .collect::<Vec<_>>()
            .join("\n        | ");
        out.push_str(&format!(
            "    {variant}(crate::types::{object}) =\n        {arms},\n"
        ));
    }
    out.push_str("}\n");
    out
}

/// The credential arguments of `Client::new` as an example writes them (`"sk_test_..."`: a
/// key as the API's documentation would show it, when the settings name key prefixes).
pub(super) fn example_credentials(api: &Api, options: &EmitOptions) -> Vec<String> {
    let key_prefix = options.key_prefix.as_deref().unwrap_or("");
    credential_args(api)
        .iter()
        .map(|(a, _, _)| {
            format!(
                "\"{key_example}...\"",
                key_example = if a == "secret_key" { key_prefix } else { "" }
            )
        })
        .collect()
}

/// Each credential argument of `Client::new`: its name, what it is, and its constructor.
pub(super) fn credential_args(api: &Api) -> Vec<(RustIdent, String, proc_macro2::TokenStream)> {
    // (argument name, doc, credential constructor); an OAuth2 scheme's credentials are given
    // to the builder (`oauth2_client_credentials`), not to the constructor.
    let single = api
        .auth
        .iter()
        .filter(|s| !matches!(s, AuthScheme::OAuth2 { .. }))
        .count()
        == 1;
    api.auth
        .iter()
        .filter(|s| !matches!(s, AuthScheme::OAuth2 { .. }))
        .map(|scheme| match scheme {
            AuthScheme::OAuth2 { .. } => unreachable!("filtered out above"),
            AuthScheme::Basic { scheme } => {
                let arg = if single {
                    escape_ident("secret_key")
                } else {
                    snake_ident(scheme)
                };
                let a = arg.to_ident();
                (
                    arg,
                    format!(
                        "HTTP Basic (`{scheme}`): sent as the user name, with an empty password"
                    ),
                    quote!(crate::client::Credential::basic(#a)),
                )
            }
            AuthScheme::Bearer { scheme } => {
                let arg = if single {
                    escape_ident("secret_key")
                } else {
                    snake_ident(scheme)
                };
                let a = arg.to_ident();
                (
                    arg,
                    format!("bearer token (`{scheme}`)"),
                    quote!(crate::client::Credential::bearer(#a)),
                )
            }
            AuthScheme::ApiKeyHeader { scheme, header } => {
                let arg = snake_ident(header);
                let a = arg.to_ident();
                (
                    arg,
                    format!("API key (`{scheme}`), sent in the `{header}` header"),
                    quote!(crate::client::Credential::header(#header, #a)),
                )
            }
            AuthScheme::ApiKeyQuery { scheme, param } => {
                let arg = snake_ident(param);
                let a = arg.to_ident();
                (
                    arg,
                    format!("API key (`{scheme}`), sent as the `{param}` query parameter"),
                    quote!(crate::client::Credential::query(#param, #a)),
                )
            }
        })
        .collect()
}

/// The builder methods of an OAuth2 scheme (the first of the security requirement) and the
/// crate documentation's paragraph on them (its example passes `builder_args`, the other
/// schemes' credentials, to `Client::builder`); `None` without one.
fn oauth2_builder(
    api: &Api,
    crate_ident: &str,
    builder_args: &str,
) -> Option<(proc_macro2::TokenStream, String)> {
    let (scheme, token_url, refresh_url, scopes) = api.auth.iter().find_map(|s| match s {
        AuthScheme::OAuth2 {
            scheme,
            token_url,
            refresh_url,
            scopes,
        } => Some((scheme, token_url, refresh_url, scopes)),
        _ => None,
    })?;
    let listed = scopes_listed(scopes);
    let client_credentials = token_url
        .as_ref()
        .map(|url| client_credentials_method(scheme, url));
    let refresh = refresh_url
        .as_ref()
        .map(|url| refresh_token_method(scheme, url));
    let scope_names: Vec<&str> = scopes.iter().map(|(s, _)| s.as_str()).collect();
    let scopes_doc = doc_attrs(Some(&format!(
        "The OAuth2 scopes to request (`scope`); none by default.\n\n{listed}"
    )));
    let declared_doc = doc_attrs(Some(&format!(
        "Requests every scope the spec declares for `{scheme}`.\n\n{listed}"
    )));
    let tokens = quote! {
        #[cfg(feature = "client")]
        impl ClientBuilder {
            #client_credentials
            #refresh
            /// Sends an OAuth2 access token fetched elsewhere as the bearer token (never
            /// renewed by the client).
            pub fn oauth2_access_token(self, access_token: impl Into<String>) -> Self {
                let token = crate::client::Secret(access_token.into());
                let grant = crate::oauth::Grant::Static(token);
                let id = String::new();
                self.oauth2(crate::oauth::OAuthConfig::new("", id, None, grant))
            }

            #scopes_doc
            pub fn oauth2_scopes<I>(self, scopes: I) -> Self
            where
                I: IntoIterator,
                I::Item: Into<String>,
            {
                let scopes = scopes.into_iter().map(Into::into).collect();
                self.oauth2_tuning(|t| t.scopes = Some(scopes))
            }

            #declared_doc
            pub fn oauth2_declared_scopes(self) -> Self {
                let declared: &[&str] = &[#( #scope_names ),*];
                self.oauth2_scopes(declared.iter().copied())
            }

            /// Sends `client_id` and `client_secret` in the token request's body instead of by
            /// HTTP Basic, for servers that want them there (RFC 6749 §2.3.1).
            pub fn oauth2_credentials_in_body(self) -> Self {
                self.oauth2_tuning(|t| t.client_auth = Some(crate::oauth::ClientAuth::Body))
            }

            /// How long before its expiry an access token is renewed (default 60 s, at most
            /// half the token's lifetime).
            pub fn oauth2_refresh_margin(self, margin: std::time::Duration) -> Self {
                self.oauth2_tuning(|t| t.refresh_margin = Some(margin))
            }
        }
    };
    let doc = oauth2_doc(scheme, crate_ident, builder_args, token_url.is_some());
    Some((tokens, doc))
}

/// The crate docs' and the scope methods' list of the scopes the spec declares.
fn scopes_listed(scopes: &[(String, String)]) -> String {
    if scopes.is_empty() {
        "The spec declares no scopes.".to_owned()
    } else {
        let lines = scopes
            .iter()
            .map(|(s, d)| {
                let d = crate::model::docs::sanitize(d.trim()).replace('\n', " ");
                if d.is_empty() {
                    format!("- `{s}`")
                } else {
                    format!("- `{s}`: {d}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        format!("The scopes the spec declares:\n\n{lines}")
    }
}

/// `ClientBuilder::oauth2_client_credentials`, for a scheme with a `tokenUrl`.
fn client_credentials_method(scheme: &str, url: &str) -> proc_macro2::TokenStream {
    let doc = doc_attrs(Some(&format!(
        "Authenticates with OAuth2 (`{scheme}`, the client-credentials grant): the client \
         fetches an access token from `{url}` (relative to the base URL) with `client_id` \
         and `client_secret` (HTTP Basic, or [`Self::oauth2_credentials_in_body`]), caches \
         it and fetches a new one before it expires (calls waiting for it share one \
         request), and once more when the API answers 401. The secret and the tokens never \
         show in `Debug` output or errors; a refused token request fails the call with \
         [`Error::Auth`](crate::Error::Auth)."
    )));
    quote! {
        #doc
        pub fn oauth2_client_credentials(self, client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
            let url = #url;
            let id = client_id.into();
            let secret = Some(client_secret.into());
            let grant = crate::oauth::Grant::ClientCredentials;
            self.oauth2(crate::oauth::OAuthConfig::new(url, id, secret, grant))
        }
    }
}

/// `ClientBuilder::oauth2_refresh_token`, for a scheme with a refresh URL.
fn refresh_token_method(scheme: &str, url: &str) -> proc_macro2::TokenStream {
    let doc = doc_attrs(Some(&format!(
        "Authenticates with OAuth2 (`{scheme}`, the refresh-token grant): the client \
         exchanges `refresh_token` for access tokens at `{url}` (relative to the base URL), \
         keeps the refresh token each answer rotates in, and caches and renews the access \
         token as [`Self::oauth2_client_credentials`] does. An empty `client_secret` makes \
         it a public client (`client_id` in the body)."
    )));
    quote! {
        #doc
        pub fn oauth2_refresh_token(self, client_id: impl Into<String>, client_secret: impl Into<String>, refresh_token: impl Into<String>) -> Self {
            let url = #url;
            let id = client_id.into();
            let secret: String = client_secret.into();
            let secret = (!secret.is_empty()).then_some(secret);
            let refresh = crate::client::Secret(refresh_token.into());
            let grant = crate::oauth::Grant::RefreshToken(refresh);
            self.oauth2(crate::oauth::OAuthConfig::new(url, id, secret, grant))
        }
    }
}

/// The crate documentation's paragraph on OAuth2: an example builder with the client's
/// credentials (client credentials when the scheme has a `tokenUrl`, else a refresh token).
fn oauth2_doc(scheme: &str, crate_ident: &str, builder_args: &str, has_token_url: bool) -> String {
    let call = if has_token_url {
        ".oauth2_client_credentials(\"my-client-id\", \"my-client-secret\")"
    } else {
        ".oauth2_refresh_token(\"my-client-id\", \"my-client-secret\", \"my-refresh-token\")"
    };
    format!(
    "## OAuth2\n\nThe API authenticates with OAuth2 (`{scheme}`): give the builder the client's \
     credentials and the client fetches, caches and renews its access tokens itself.\n\n\
     ```no_run\n# async fn run() -> Result<(), {crate_ident}::Error> {{\n\
     let client = {crate_ident}::Client::builder({builder_args})\n    {call}\n    .oauth2_declared_scopes()\n    .build()?;\n\
     # Ok(())\n# }}\n```"
)
}

/// The crate documentation's section on the `webhooks` runtime module: verifying a delivery and
/// matching its typed object (the first object type the settings' events name; only the
/// `Unknown` variant without one).
fn webhooks_doc(webhooks: &Webhooks, options: &EmitOptions, crate_ident: &str) -> String {
    let typed = event_object_variants(webhooks).into_iter().next();
    let (uses, check) = match (&typed, webhooks.events.first()) {
        (Some((object, variant, _)), _) => {
            let variable = snake_ident(object);
            (
                "construct_event, EventObject, DEFAULT_TOLERANCE",
                format!(
                    "match event.object()? {{\n    EventObject::{variant}({variable}) => println!(\"{{}} {{}}: {{:?}}\", event.type_, event.id, {variable}),\n    EventObject::Unknown(object) => println!(\"{{}} {{}}: {{object}}\", event.type_, event.id),\n    _ => {{}}\n}}"
                ),
            )
        }
        // No event type names an object type: every object is JSON.
        (None, Some((wire, _, _))) => (
            "construct_event, EventType, DEFAULT_TOLERANCE",
            format!(
                "if event.type_ == EventType::{} {{\n    let object: serde_json::Value = event.data_object()?;\n    println!(\"{{}} {{object}}\", event.id);\n}}",
                event_variant(wire)
            ),
        ),
        (None, None) => (
            "construct_event, DEFAULT_TOLERANCE",
            "println!(\"{} {}\", event.id, event.type_);".to_owned(),
        ),
    };
    let has_server = options
        .extras_dir
        .as_ref()
        .is_some_and(|dir| dir.join("examples").join("webhook_server.rs").is_file());
    let server = if has_server {
        "\n\n`examples/webhook_server.rs` is a complete webhook endpoint (axum)."
    } else {
        ""
    };
    lib_doc_section(
        "webhooks",
        &[
            ("header", &webhooks.signature_header),
            ("crate_ident", crate_ident),
            ("uses", uses),
            ("secret", &secret_example(webhooks)),
            ("check", &check),
            ("server", server),
        ],
    )
}

/// The crate documentation's section on cargo features: one per resource, `client`, and the
/// schemas no operation uses; `None` for an API without resources.
fn features_doc(api: &Api, options: &EmitOptions) -> Option<String> {
    let plan = crate::model::features::plan(api);
    let (_, first) = plan.resources.first()?;
    let unreferenced = if plan.has_unreferenced {
        format!(
            " `{UNREFERENCED_FEATURE}` compiles the schemas no operation uses (and what they refer to)."
        )
    } else {
        String::new()
    };
    let webhooks = if options.webhooks.is_some() {
        " (and webhook decoding)"
    } else {
        ""
    };
    Some(lib_doc_section(
        "features",
        &[
            ("client_feature", CLIENT_FEATURE),
            ("crate_name", &options.crate_name),
            ("version", &options.crate_version),
            ("first", first),
            ("webhooks", webhooks),
            ("unreferenced", &unreferenced),
            ("serialize_feature", SERIALIZE_FEATURE),
            ("deserialize_feature", DESERIALIZE_FEATURE),
            ("partial_eq_feature", PARTIAL_EQ_FEATURE),
        ],
    ))
}

/// The crate documentation's section on the escape hatches: extra body fields on a typed call
/// (shown on an operation with a JSON or form body, when one can be called with defaults) and
/// `Client::raw` (shown on the path of the API's first `GET`, its parameters encoded);
/// `None` for an API without operations.
fn escape_hatches_doc(
    api: &Api,
    callable: &dyn Fn(&&crate::model::Operation) -> bool,
    ctor_args: &str,
    crate_ident: &str,
) -> Option<String> {
    use crate::model::BodyEncoding;
    let operations = || {
        api.resources
            .iter()
            .flat_map(|r| r.operations.iter().map(move |o| (r, o)))
    };
    // The raw call: the path of the first GET with path parameters (retrieving one object),
    // else of the first GET or operation, each parameter an encoded segment.
    let (_, first) = operations()
        .find(|(_, o)| o.method == "GET" && !o.path_params.is_empty())
        .or_else(|| operations().find(|(_, o)| o.method == "GET"))
        .or_else(|| operations().next())?;
    let mut lets = String::new();
    let mut pieces = Vec::new();
    // The path without a query string of the template (a query in the path fails the call).
    let mut rest = first.path.path();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            pieces.push(format!("{:?}", &rest[..start]));
        }
        let name = &rest[start + 1..start + len];
        let base = first
            .path_params
            .iter()
            .find(|p| p.wire_name == name)
            .map_or("segment", |p| p.rust_name.stem());
        let var = format!("{base}_segment");
        lets.push_str(&format!(
            "let {var} = {crate_ident}::encode_path_segment(\"...\")?;\n"
        ));
        pieces.push(format!("&*{var}"));
        rest = &rest[start + len + 1..];
    }
    let path = if pieces.is_empty() {
        format!("{:?}", first.path.path())
    } else {
        if !rest.is_empty() {
            pieces.push(format!("{rest:?}"));
        }
        format!("&[{}].concat()", pieces.join(", "))
    };
    let raw = format!(
        "{lets}let value: serde_json::Value = client\n    .raw(reqwest::Method::{method}, {path})\n    .header(\"X-Trace\", \"abc\")\n    .await?;\nprintln!(\"{{value}}\");",
        method = first.method,
    );
    // The extra field: an operation with a JSON or form body that defaults can fill.
    let extra = operations()
        .filter(|(_, o)| {
            o.body
                .as_ref()
                .is_some_and(|b| matches!(b.encoding, BodyEncoding::Json | BodyEncoding::Form))
        })
        .find(|(_, o)| callable(o))
        .map(|(r, o)| {
            let mut args: Vec<&str> = o.path_params.iter().map(|_| "\"...\"").collect();
            if o.params_type.is_some() {
                args.push("&Default::default()");
            }
            args.push("&Default::default()");
            format!(
                "let _ = client\n    .{}()\n    .{}({})\n    .extra(\"field_the_types_lack\", serde_json::json!({{\"nested\": true}}))\n    .await?;\n",
                r.fn_name.as_str(),
                o.fn_name.as_str(),
                args.join(", ")
            )
        })
        .unwrap_or_default();
    Some(lib_doc_section(
        "escape_hatches",
        &[
            ("crate_ident", crate_ident),
            ("ctor_args", ctor_args),
            ("extra", &extra),
            ("raw", &raw),
        ],
    ))
}

/// The crate documentation's template: sections, each after a `<!-- section: name -->` line.
const LIB_DOC_TEMPLATE: &str = include_str!("../../templates/lib.md");

/// The section `name` of [`LIB_DOC_TEMPLATE`] with each `{{key}}` replaced by its value in
/// `values` (and nothing else replaced). A section or key the template lacks is a generator
/// bug, caught by the tests that render every section.
fn lib_doc_section(name: &str, values: &[(&str, &str)]) -> String {
    let marker = format!("<!-- section: {name} -->\n");
    let Some(start) = LIB_DOC_TEMPLATE.find(&marker).map(|at| at + marker.len()) else {
        debug_assert!(false, "templates/lib.md has no section `{name}`");
        return String::new();
    };
    let rest = &LIB_DOC_TEMPLATE[start..];
    let section =
        rest[..rest.find("\n<!-- section: ").unwrap_or(rest.len())].trim_end_matches('\n');
    debug_assert!(
        values
            .iter()
            .all(|(key, _)| section.contains(&format!("{{{{{key}}}}}"))),
        "a value section `{name}` does not use"
    );
    let mut out = String::with_capacity(section.len() + 256);
    let mut text = section;
    while let Some(at) = text.find("{{") {
        let after = &text[at + 2..];
        let key_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if key_len == 0 || !after[key_len..].starts_with("}}") {
            // A literal brace (`{{{key}}}` is `{` and a key).
            out.push_str(&text[..at + 1]);
            text = &text[at + 1..];
            continue;
        }
        let key = &after[..key_len];
        out.push_str(&text[..at]);
        match values.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => out.push_str(value),
            None => debug_assert!(false, "no value for `{{{{{key}}}}}` in section `{name}`"),
        }
        text = &after[key_len + 2..];
    }
    out.push_str(text);
    out
}

/// The crate documentation (Markdown with rustdoc links and hidden example lines), shared by
/// `src/lib.rs` and the crate README ([`super::readme`]).
pub(super) fn crate_doc(api: &Api, options: &EmitOptions) -> String {
    let title = if api.title.trim().is_empty() {
        options.crate_name.clone()
    } else {
        crate::model::docs::sanitize(api.title.trim()).replace('\n', " ")
    };
    let first_resource = api.resources.first();
    let callable = |o: &&crate::model::Operation| callable_in_docs(api, o);
    let example_op = docs_example_call(api);
    let create_op = docs_create_call(api);
    let example_call = example_op
        .as_ref()
        .map(|(call, has_response)| {
            if *has_response {
                format!("let value = {call}.await?;\nprintln!(\"{{value:?}}\");")
            } else {
                format!("{call}.await?;")
            }
        })
        .unwrap_or_else(|| "// client.<resource>().<operation>(...).await?".into());
    let ctor_args = example_credentials(api, options);
    let crate_ident = options.crate_name.replace('-', "_");
    let description = api
        .description
        .as_deref()
        .map(|d| format!("{d}\n\n"))
        .unwrap_or_default();
    let handle = first_resource
        .map(|r| format!(" (`client.{}()`)", r.fn_name.as_str()))
        .unwrap_or_default();
    let crate_doc = lib_doc_section(
        "intro",
        &[
            ("title", &title),
            ("description", &description),
            ("crate_ident", &crate_ident),
            ("ctor_args", &ctor_args.join(", ")),
            ("example_call", &example_call),
            ("handle", &handle),
        ],
    );
    let (options_call, key_line) = match (&create_op, &example_op) {
        (Some(create), _) => (
            create.clone(),
            "\n    .idempotency_key(\"order-42-attempt-1\") // this call only; POSTs send it",
        ),
        (None, Some((call, _))) => (call.clone(), ""),
        (None, None) => (String::new(), ""),
    };
    let calls_doc = example_op.as_ref().map(|(call, _)| {
        lib_doc_section(
            "calls",
            &[
                ("crate_ident", &crate_ident),
                ("args", &ctor_args.join(", ")),
                ("options_call", &options_call),
                ("key_line", key_line),
                ("call", call),
            ],
        )
    });
    let crate_doc = match calls_doc {
        Some(calls) => format!("{crate_doc}\n\n{calls}"),
        None => crate_doc,
    };
    let crate_doc = match escape_hatches_doc(api, &callable, &ctor_args.join(", "), &crate_ident) {
        Some(escape) => format!("{crate_doc}\n\n{escape}"),
        None => crate_doc,
    };
    let crate_doc = match &options.webhooks {
        Some(w) => format!("{crate_doc}\n\n{}", webhooks_doc(w, options, &crate_ident)),
        None => crate_doc,
    };
    let crate_doc = match oauth2_builder(api, &crate_ident, &ctor_args.join(", ")) {
        Some((_, doc)) => format!("{crate_doc}\n\n{doc}"),
        None => crate_doc,
    };
    let crate_doc = match features_doc(api, options) {
        Some(features) => format!("{crate_doc}\n\n{features}"),
        None => crate_doc,
    };
    crate_doc
}

/// Whether the crate docs' examples can call `o` without knowing the API: string path
/// parameters, and parameter and body types that have a `Default`.
pub(crate) fn callable_in_docs(api: &Api, o: &crate::model::Operation) -> bool {
    o.path_params
        .iter()
        .all(|p| p.ty == crate::model::TypeRef::String)
        && o.params_type
            .as_ref()
            .is_none_or(|t| crate::model::TypeRef::Named(*t).has_default(&api.types))
        && o.body.as_ref().is_none_or(|b| {
            // A byte or text body is a `&[u8]` or `&str` argument, not a `&T: Default`.
            !matches!(
                b.encoding,
                crate::model::BodyEncoding::Binary | crate::model::BodyEncoding::Text
            ) && b.ty.has_default(&api.types)
        })
}

/// `client.<resource>().<operation>("...", &Default::default())`: `o` called with placeholder
/// path parameters and default parameters and body.
fn call_with_defaults(r: &crate::model::Resource, o: &crate::model::Operation) -> String {
    let mut args: Vec<&str> = o.path_params.iter().map(|_| "\"...\"").collect();
    if o.params_type.is_some() {
        args.push("&Default::default()");
    }
    if o.body.is_some() {
        args.push("&Default::default()");
    }
    format!(
        "client.{}().{}({})",
        r.fn_name.as_str(),
        o.fn_name.as_str(),
        args.join(", ")
    )
}

/// The crate docs' first example call, and whether it returns a value: a `GET` with one path
/// parameter (retrieving one object) reads best.
fn docs_example_call(api: &Api) -> Option<(String, bool)> {
    let rank = |o: &crate::model::Operation| {
        (
            o.method != "GET",
            o.path_params.len() != 1,
            o.params_type.is_some() || o.body.is_some(),
        )
    };
    api.resources
        .iter()
        .flat_map(|r| {
            r.operations
                .iter()
                .filter(|o| callable_in_docs(api, o))
                .map(move |o| (r, o))
        })
        .min_by_key(|(_, o)| rank(o))
        .map(|(r, o)| (call_with_defaults(r, o), o.response.is_some()))
}

/// The per-call options' example sets an idempotency key, which only a `POST` sends: it calls
/// a create (a `POST` without path parameters reads best).
fn docs_create_call(api: &Api) -> Option<String> {
    api.resources
        .iter()
        .flat_map(|r| {
            r.operations
                .iter()
                .filter(|o| o.method == "POST" && o.stream_of.is_none() && !o.event_stream)
                .filter(|o| callable_in_docs(api, o))
                .map(move |o| (r, o))
        })
        .min_by_key(|(_, o)| {
            (
                !o.fn_name.as_str().starts_with("create"),
                o.path_params.len(),
                o.params_type.is_some(),
            )
        })
        .map(|(r, o)| call_with_defaults(r, o))
}

/// `src/lib.rs`: the crate docs, the runtime's modules, the generated modules and their
/// re-exports, the environments, the client's constructors.
pub fn lib_rs(api: &Api, options: &EmitOptions) -> proc_macro2::TokenStream {
    let crate_doc = crate_doc(api, options);
    let oauth2_impl =
        oauth2_builder(api, &options.crate_name.replace('-', "_"), "").map(|(tokens, _)| tokens);
    let crate_doc_lines = crate_doc.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    let environment = environment_tokens(api);
    let client = client_constructors(api);
    let runtime_mods = runtime_module_decls(api, options);
    quote! {
        #( #![doc = #crate_doc_lines] )*
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]
        // `question_mark`: the generated decoders return a failed read with `if let Err`, not
        // `?`, which costs the compiler as much as a field (in every decoder of the crate).
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, clippy::doc_lazy_continuation, clippy::question_mark)]

        #( #runtime_mods )*
        // prettyplease formats the generated modules; rustfmt is told to leave them alone.
        #[cfg(feature = "client")]
        #[rustfmt::skip]
        pub mod resources;
        #[rustfmt::skip]
        pub mod types;

        #[cfg(feature = "client")]
        pub use client::RawCall;
        #[cfg(feature = "client")]
        pub use client::{Call, Client, ClientBuilder, RequestOptions, Response, DEFAULT_MAX_RESPONSE_BYTES};
        #[cfg(feature = "client")]
        pub use encoding::encode_path_segment;
        #[cfg(feature = "client")]
        pub use error::{ApiError, ApiErrorBody, AuthError, DecodeError, Error, ERROR_BODY_LIMIT};
        // Apart: one list would be laid out differently by prettyplease and rustfmt.
        #[cfg(feature = "client")]
        pub use error::OperationError;
        pub use expandable::Expandable;
        #[cfg(feature = "client")]
        pub use multipart::FileUpload;
        #[cfg(feature = "client")]
        pub use pagination::Pages;
        #[cfg(feature = "client")]
        // `crate::`: a resource may itself be named `resources` or `types`.
        #[allow(unused_imports)]
        pub use crate::resources::*;
        // A spec may declare no schema at all; its `types` module is then empty.
        #[allow(unused_imports)]
        pub use crate::types::*;

        #environment

        #client

        #oauth2_impl

        /// The README's Rust examples, compiled as doctests (`cargo test --doc`).
        #[cfg(all(doctest, feature = "client"))]
        #[doc = include_str!("../README.md")]
        pub struct ReadmeDoctests;
    }
}

/// `Client::new`, `Client::builder` (the spec's credentials as arguments, the environment a key
/// belongs to chosen by its prefix) and, without credentials, `Default`.
fn client_constructors(api: &Api) -> proc_macro2::TokenStream {
    let args = credential_args(api);
    let params: Vec<proc_macro2::TokenStream> = args
        .iter()
        .map(|(a, _, _)| {
            let i = a.to_ident();
            quote!(#i: impl Into<String>)
        })
        .collect();
    let names: Vec<proc_macro2::TokenStream> = args
        .iter()
        .map(|(a, _, _)| {
            let i = a.to_ident();
            quote!(#i)
        })
        .collect();
    let creds: Vec<proc_macro2::TokenStream> = args.iter().map(|(_, _, c)| c.clone()).collect();
    let arg_docs = args
        .iter()
        .map(|(a, d, _)| format!("- `{a}`: {d}."))
        .collect::<Vec<_>>()
        .join("\n");
    let default_url = api
        .servers
        .first()
        .map(|s| s.url.clone())
        .unwrap_or_else(|| "http://localhost".into());
    let keyed = api.servers.iter().any(|s| !s.key_prefixes.is_empty()) && !args.is_empty();
    let server_sentence = if keyed {
        format!("A client for the environment the key belongs to (by its prefix, [`Environment::for_key`]), else `{default_url}`, with default settings.")
    } else {
        format!("A client for `{default_url}` with default settings.")
    };
    // Paragraphs; the argument list only when there are arguments.
    let paragraphs = |parts: &[&str]| {
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let new_doc = doc_attrs(Some(&paragraphs(&[
        &server_sentence,
        &arg_docs,
        "# Panics\n\nIf the TLS backend cannot be initialized, like `reqwest::Client::new`; use\n[`Client::builder`] to handle that error instead.",
    ])));
    let builder_doc = doc_attrs(Some(&paragraphs(&[
        "A builder to set the server, timeouts and retries.",
        &arg_docs,
    ])));
    // A client that needs no credentials has a default: `Client::new()`.
    let default_impl = args.is_empty().then(|| {
        quote! {
            #[cfg(feature = "client")]
            impl Default for Client {
                /// The same as [`Client::new`].
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    let default_base = if api.servers.is_empty() {
        quote!(#default_url)
    } else {
        quote!(DEFAULT_ENVIRONMENT.base_url())
    };
    // The first credential decides the environment when servers declare key prefixes.
    let (key_binding, key_environment) = match args.first() {
        Some((arg, _, _)) if keyed => {
            let a = arg.to_ident();
            (
                quote! {
                    let #a: String = #a.into();
                    let key_environment = Environment::for_key(&#a);
                },
                quote! {
                    match key_environment {
                        Some(environment) => builder.key_environment(environment.name(), environment.base_url()),
                        None => builder,
                    }
                },
            )
        }
        _ => (quote!(), quote!(builder)),
    };
    // Without a key environment the builder is returned as it is made (no `let` to return).
    let build_body = if key_binding.is_empty() {
        quote!(ClientBuilder::new([#( #creds ),*], #default_base))
    } else {
        quote! {
            let builder = ClientBuilder::new([#( #creds ),*], #default_base);
            #key_environment
        }
    };
    quote! {
        #[cfg(feature = "client")]
        impl Client {
            #new_doc
            pub fn new(#( #params ),*) -> Self {
                match Self::builder(#( #names ),*).build() {
                    Ok(client) => client,
                    Err(error) => panic!("cannot initialize the HTTP client: {error}"),
                }
            }

            #builder_doc
            pub fn builder(#( #params ),*) -> ClientBuilder {
                #key_binding
                #build_body
            }
        }

        #default_impl
    }
}

/// The `Environment` enum of the spec's servers (base URL, name, the key prefixes that pick
/// one) and `ClientBuilder::environment`; `None` without servers.
fn environment_tokens(api: &Api) -> Option<proc_macro2::TokenStream> {
    (!api.servers.is_empty()).then(|| {
        let variants: Vec<_> = api
            .servers
            .iter()
            .map(|s| ident(&variant_name(&s.const_name.to_lowercase())))
            .collect();
        let docs = api.servers.iter().map(|s| {
            let url = crate::model::docs::code_span(&s.url);
            doc_attrs(Some(&match &s.doc {
                Some(d) => crate::model::docs::labelled(&url, d),
                None => url,
            }))
        });
        let urls = api.servers.iter().map(|s| s.url.as_str());
        let names = variants.iter().map(|v| v.to_string());
        let first = &variants[0];
        // Longest prefix first, so `sk_live_` wins over a shorter `sk_`.
        let mut prefixes: Vec<(&str, &proc_macro2::Ident)> = api
            .servers
            .iter()
            .zip(&variants)
            .flat_map(|(s, v)| s.key_prefixes.iter().map(move |p| (p.as_str(), v)))
            .collect();
        prefixes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        let for_key = (!prefixes.is_empty()).then(|| {
            let table = prefixes
                .iter()
                .map(|(p, v)| format!("`{p}` → [`Environment::{v}`]"))
                .collect::<Vec<_>>()
                .join(", ");
            let doc = doc_attrs(Some(&format!(
                "The environment a secret key belongs to, from its prefix ({table}); `None` when it has none of them."
            )));
            let checks = prefixes.iter().map(|(p, v)| {
                quote!(if key.starts_with(#p) { return Some(Self::#v); })
            });
            quote! {
                #doc
                pub fn for_key(key: &str) -> Option<Environment> {
                    #( #checks )*
                    None
                }
            }
        });
        quote! {
            /// The servers the API is published at; the first is the default.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum Environment {
                #( #docs #variants, )*
            }

            impl Environment {
                /// The base URL requests are sent to.
                pub fn base_url(self) -> &'static str {
                    match self {
                        #( Self::#variants => #urls, )*
                    }
                }

                /// The environment's name, as in this enum.
                pub fn name(self) -> &'static str {
                    match self {
                        #( Self::#variants => #names, )*
                    }
                }

                #for_key
            }

            #[cfg(feature = "client")]
            impl ClientBuilder {
                /// Sends requests to one of the API's published servers. A secret key that
                /// belongs to another environment (by its prefix) makes [`ClientBuilder::build`]
                /// fail with [`Error::Config`].
                pub fn environment(self, environment: Environment) -> Self {
                    self.chosen_environment(environment.name(), environment.base_url())
                }
            }

            #[cfg(feature = "client")]
            const DEFAULT_ENVIRONMENT: Environment = Environment::#first;
        }
    })
}

/// The runtime's module declarations, each behind the feature it needs.
fn runtime_module_decls(api: &Api, options: &EmitOptions) -> Vec<proc_macro2::TokenStream> {
    // The runtime's modules and its `config`, in the order rustfmt keeps.
    let mut runtime_names: Vec<&str> = RUNTIME.iter().map(|(name, _)| *name).collect();
    runtime_names.push("config");
    runtime_names.push("stubs");
    runtime_names.sort_unstable();
    runtime_names
        .into_iter()
        .filter_map(|name| {
            let name = &name;
            if *name == "webhooks" && options.webhooks.is_none() {
                return None;
            }
            let i = ident(name);
            // The webhook check, `Expandable` and strict decoding need no HTTP stack; the rest is
            // the client.
            let gate = if *name == "stubs" {
                // The typed stubs (`testing::Stub`'s accessors), re-exported by `testing`.
                Some(quote!(#[cfg(feature = "testing")] #[rustfmt::skip]))
            } else {
                (!matches!(
                    *name,
                    "webhooks" | "expandable" | "object" | "strict" | "timestamps" | "config"
                ))
                .then(|| quote!(#[cfg(feature = "client")]))
            };
            // A resource named like a private runtime module (a `client` tag) keeps its module
            // under `resources::` (the glob re-export of `resources` at the root is shadowed); its
            // handle and everything in it are re-exported all the same.
            let shadowed = api
                .resources
                .iter()
                .any(|r| r.fn_name.as_str() == *name)
                .then(|| quote!(#[allow(hidden_glob_reexports)]));
            Some(
                if matches!(*name, "webhooks" | "testing" | "sse" | "timestamps") {
                    quote!(#gate pub mod #i;)
                } else {
                    quote!(#gate #shadowed mod #i;)
                },
            )
        })
        .collect()
}
