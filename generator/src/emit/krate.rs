//! The crate's own files: `Cargo.toml`, `lib.rs` (modules, re-exports, constructors, servers).

use heck::{ToSnakeCase, ToUpperCamelCase};
use quote::quote;

use crate::emit::types::{doc_attrs, ident};
use crate::emit::EmitOptions;
use crate::model::{Api, AuthScheme};

/// Runtime modules copied into every generated crate (name, source).
pub const RUNTIME: &[(&str, &str)] = &[
    ("client", include_str!("../../runtime/client.rs")),
    ("encoding", include_str!("../../runtime/encoding.rs")),
    ("error", include_str!("../../runtime/error.rs")),
    ("expandable", include_str!("../../runtime/expandable.rs")),
    ("multipart", include_str!("../../runtime/multipart.rs")),
    ("pagination", include_str!("../../runtime/pagination.rs")),
    ("testing", include_str!("../../runtime/testing.rs")),
    ("webhooks", include_str!("../../runtime/webhooks.rs")),
];

/// `Cargo.toml` of the generated crate: no path dependencies, so it builds when vendored.
pub fn cargo_toml(api: &Api, options: &EmitOptions, header: &str) -> String {
    let description = format!(
        "Typed Rust client for {}",
        if api.title.trim().is_empty() {
            "the API"
        } else {
            api.title.trim()
        }
    );
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
futures-util = {{ version = "0.3", default-features = false, features = ["std"] }}
hex = "0.4"
hmac = "0.12"
http = "1"
percent-encoding = "2"
reqwest = {{ version = "0.12", default-features = false, features = ["rustls-tls", "multipart"] }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
serde_path_to_error = "0.1"
sha2 = "0.10"
fastrand = "2"
tokio = {{ version = "1", features = ["time"] }}
uuid = {{ version = "1", features = ["v4"] }}
tracing = {{ version = "0.1", optional = true }}

[features]
# A `tracing` span per call (`api_call`: operation, method, path template, attempts, status,
# request id, elapsed) and per attempt (`api_attempt`); never credentials or bodies.
tracing = ["dep:tracing"]

[dev-dependencies]
axum = {{ version = "0.8", default-features = false, features = ["http1", "tokio"] }}
tokio = {{ version = "1", features = ["macros", "rt-multi-thread", "net"] }}
"#,
        name = options.crate_name,
        version = options.crate_version,
        description = description.replace('"', "'"),
    )
}

fn credential_args(api: &Api) -> Vec<(String, String, proc_macro2::TokenStream)> {
    // (argument name, doc, credential constructor)
    let single = api.auth.len() == 1;
    api.auth
        .iter()
        .map(|scheme| match scheme {
            AuthScheme::Basic { scheme } => {
                let arg = if single {
                    "secret_key".to_owned()
                } else {
                    scheme.to_snake_case()
                };
                let a = ident(&arg);
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
                    "secret_key".to_owned()
                } else {
                    scheme.to_snake_case()
                };
                let a = ident(&arg);
                (
                    arg,
                    format!("bearer token (`{scheme}`)"),
                    quote!(crate::client::Credential::bearer(#a)),
                )
            }
            AuthScheme::ApiKeyHeader { scheme, header } => {
                let arg = header.to_snake_case();
                let a = ident(&arg);
                (
                    arg,
                    format!("API key (`{scheme}`), sent in the `{header}` header"),
                    quote!(crate::client::Credential::header(#header, #a)),
                )
            }
            AuthScheme::ApiKeyQuery { scheme, param } => {
                let arg = param.to_snake_case();
                let a = ident(&arg);
                (
                    arg,
                    format!("API key (`{scheme}`), sent as the `{param}` query parameter"),
                    quote!(crate::client::Credential::query(#param, #a)),
                )
            }
        })
        .collect()
}

/// The crate documentation's section on the `webhooks` runtime module: verifying a delivery and
/// decoding its object (a `Dispute` when the API has that type, JSON otherwise).
fn webhooks_doc(api: &Api, options: &EmitOptions, crate_ident: &str) -> String {
    let (decode, print) = if api.types.iter().any(|t| t.name == "Dispute") {
        (
            format!("let dispute: {crate_ident}::Dispute = event.data_object()?;"),
            "println!(\"{} {:?} {:?}\", event.id, dispute.status, dispute.amount);",
        )
    } else {
        (
            "let object: serde_json::Value = event.data_object()?;".to_owned(),
            "println!(\"{} {object}\", event.id);",
        )
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
    format!(
        "# Webhooks\n\n[`webhooks`] checks the `Wooshpay-Signature` header of a webhook delivery and decodes the event:\n\n```no_run\nuse {crate_ident}::webhooks::{{construct_event, EventType, DEFAULT_TOLERANCE}};\n\n# fn handle(body: &[u8], signature_header: &str) -> Result<(), {crate_ident}::webhooks::WebhookError> {{\nlet event = construct_event(body, signature_header, \"whsec_...\", DEFAULT_TOLERANCE)?;\nif event.type_ == EventType::ChargeDisputeCreated {{\n    {decode}\n    {print}\n}}\n# Ok(())\n# }}\n```{server}"
    )
}

/// `src/lib.rs`.
pub fn lib_rs(api: &Api, options: &EmitOptions) -> proc_macro2::TokenStream {
    let title = if api.title.trim().is_empty() {
        options.crate_name.clone()
    } else {
        api.title.trim().to_owned()
    };
    let first_resource = api.resources.first();
    let example_op = first_resource
        .and_then(|r| {
            let simple = |o: &&crate::model::Operation| {
                o.path_params.len() == 1 && o.params_type.is_none() && o.body.is_none()
            };
            let mut candidates = r.operations.iter().filter(simple);
            let get = r
                .operations
                .iter()
                .filter(simple)
                .find(|o| o.method == "GET");
            get.or_else(|| candidates.next()).map(|o| (r, o))
        })
        .map(|(r, o)| {
            format!(
                "client.{}().{}(\"dp_123\")",
                r.fn_name.trim_start_matches("r#"),
                o.fn_name.trim_start_matches("r#")
            )
        });
    let example_call = example_op
        .as_ref()
        .map(|call| format!("let value = {call}.await?;\nprintln!(\"{{value:?}}\");"))
        .unwrap_or_else(|| "// client.<resource>().<operation>(...).await?".into());
    let args = credential_args(api);
    let ctor_args: Vec<String> = args
        .iter()
        .map(|(a, _, _)| {
            format!(
                "\"{}\"",
                if a == "secret_key" {
                    "sk_test_..."
                } else {
                    "..."
                }
            )
        })
        .collect();
    let crate_ident = options.crate_name.replace('-', "_");
    let crate_doc = format!(
        "{title}: a typed client generated from the API's OpenAPI document.\n\n{}```no_run\n# async fn run() -> Result<(), {crate_ident}::Error> {{\nlet client = {crate_ident}::Client::new({});\n{example_call}\n# Ok(())\n# }}\n```\n\nEvery operation lives on a resource handle (`client.disputes()`); request and response types are in\n[`types`] and re-exported at the crate root.",
        api.description.as_deref().map(|d| format!("{d}\n\n")).unwrap_or_default(),
        ctor_args.join(", ")
    );
    let calls_doc = example_op.map(|call| format!(
        "# Calls\n\nEvery operation returns a [`Call`]: await it for the result, or first set per-call options; \
         `.with_response()` also gives the status, headers and request ID ([`Response`]). Every error that \
         had a response carries its request ID too ([`Error::request_id`]).\n\n```no_run\n# async fn run() -> Result<(), {crate_ident}::Error> {{\n\
         let client = {crate_ident}::Client::builder({args})\n    .deadline(std::time::Duration::from_secs(30)) // all attempts together\n    .default_header(\"X-Team\", \"payments\")\n    .build()?;\n\
         let response = {call}\n    .idempotency_key(\"order-42-attempt-1\") // this call only (POSTs)\n    .header(\"X-Trace\", \"abc\")\n    .timeout(std::time::Duration::from_secs(5)) // per attempt\n    .with_response()\n    .await?;\n\
         println!(\"{{:?}} {{:?}}\", response.request_id, response.data);\n# Ok(())\n# }}\n```\n\n\
         Response bodies are limited to [`DEFAULT_MAX_RESPONSE_BYTES`] (16 MiB; [`ClientBuilder::max_response_bytes`]); \
         errors keep at most [`ERROR_BODY_LIMIT`] bytes of a body. With the `tracing` feature every call and attempt is a \
         `tracing` span (`api_call`, `api_attempt`) without credentials.\n\n\
         # Testing your code\n\n[`testing::MockTransport`] answers requests in-process, so code using the client can be \
         tested without a network:\n\n```no_run\nuse {crate_ident}::testing::{{MockResponse, MockTransport}};\n\n\
         # async fn run() -> Result<(), {crate_ident}::Error> {{\nlet mock = MockTransport::new();\n\
         mock.push(MockResponse::json(200, r#\"{{}}\"#).header(\"Request-Id\", \"req_1\"));\n\
         let client = {crate_ident}::Client::builder({args}).mock_transport(mock.clone()).build()?;\n\
         let _ = {call}.await;\nassert_eq!(mock.requests().len(), 1);\n# Ok(())\n# }}\n```",
        args = ctor_args.join(", ")
    ));
    let crate_doc = format!(
        "{crate_doc}\n\n{}{}",
        calls_doc.map(|d| format!("{d}\n\n")).unwrap_or_default(),
        webhooks_doc(api, options, &crate_ident)
    );
    let crate_doc_lines = crate_doc.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });

    let params: Vec<proc_macro2::TokenStream> = args
        .iter()
        .map(|(a, _, _)| {
            let i = ident(a);
            quote!(#i: impl Into<String>)
        })
        .collect();
    let names: Vec<proc_macro2::TokenStream> = args
        .iter()
        .map(|(a, _, _)| {
            let i = ident(a);
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
    let new_doc = doc_attrs(Some(&format!(
        "{server_sentence}\n\n{arg_docs}\n\n# Panics\n\nIf the TLS backend cannot be initialized, like `reqwest::Client::new`; use\n[`Client::builder`] to handle that error instead."
    )));
    let builder_doc = doc_attrs(Some(&format!(
        "A builder to set the server, timeouts and retries.\n\n{arg_docs}"
    )));

    let environment = (!api.servers.is_empty()).then(|| {
        let variants: Vec<_> = api
            .servers
            .iter()
            .map(|s| ident(&s.const_name.to_lowercase().to_upper_camel_case()))
            .collect();
        let docs = api.servers.iter().map(|s| {
            doc_attrs(Some(&match &s.doc {
                Some(d) => format!("`{}`: {d}", s.url),
                None => format!("`{}`", s.url),
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

            impl ClientBuilder {
                /// Sends requests to one of the API's published servers. A secret key that
                /// belongs to another environment (by its prefix) makes [`ClientBuilder::build`]
                /// fail with [`Error::Config`].
                pub fn environment(self, environment: Environment) -> Self {
                    self.chosen_environment(environment.name(), environment.base_url())
                }
            }

            const DEFAULT_ENVIRONMENT: Environment = Environment::#first;
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
            let a = ident(arg);
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
    let runtime_mods = RUNTIME.iter().map(|(name, _)| {
        let i = ident(name);
        if *name == "webhooks" || *name == "testing" {
            quote!(pub mod #i;)
        } else {
            quote!(mod #i;)
        }
    });
    quote! {
        #( #![doc = #crate_doc_lines] )*
        #![forbid(unsafe_code)]
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, clippy::doc_lazy_continuation)]

        #( #runtime_mods )*
        // prettyplease formats the generated modules; rustfmt is told to leave them alone.
        #[rustfmt::skip]
        pub mod resources;
        #[rustfmt::skip]
        pub mod types;

        pub use client::{Call, Client, ClientBuilder, RequestOptions, Response, DEFAULT_MAX_RESPONSE_BYTES};
        pub use error::{ApiError, ApiErrorBody, DecodeError, Error, ERROR_BODY_LIMIT};
        pub use expandable::Expandable;
        pub use multipart::FileUpload;
        pub use resources::*;
        pub use types::*;

        #environment

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
                let builder = ClientBuilder::new([#( #creds ),*], #default_base);
                #key_environment
            }
        }
    }
}
