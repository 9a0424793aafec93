//! `src/stubs.rs`: the crate's typed test stubs (behind its `testing` feature). The hand-written
//! part (`Stub`, `OperationStub`, matching, recording) is the runtime's `testing.rs`; this file
//! adds what only the API knows: `Stub::client`, one accessor per resource, and per resource a
//! struct with one method per operation giving its `OperationStub`, typed by the operation's
//! request body and response and keyed by its method and path template.
//!
//! Each method is a constructor of a few words: nothing generic is instantiated until a test
//! calls `returns` or `last_body` on a stub, and without the feature none of it compiles.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::types::{doc_attrs, ident, type_tokens};
use crate::model::{Api, BodyEncoding, Operation, Resource, TypeRef, TypeSpace};

/// The placeholder every credential of the stub's client is given.
const STUB_CREDENTIAL: &str = "stub-credential";

/// The feature that compiles the stubs.
pub const TESTING_FEATURE: &str = "testing";

/// `Stub`'s own methods (the runtime's and this file's, inherent and derived): a resource
/// accessor of the same name is `<name>_resource` on the stub.
pub const STUB_METHOD_NAMES: &[&str] = &[
    "new",
    "client",
    "builder",
    "transport",
    "requests",
    "operation",
    "clone",
    "default",
];

/// The stub's accessor of a resource: the client's accessor name, with `_resource` added while
/// it is one of [`STUB_METHOD_NAMES`] or another resource's accessor.
pub fn stub_accessor(resource: &Resource, api: &Api) -> String {
    let mut name = resource.fn_name.as_str().to_owned();
    while STUB_METHOD_NAMES.contains(&name.as_str())
        || (name != resource.fn_name.as_str()
            && api.resources.iter().any(|r| r.fn_name.as_str() == name))
    {
        name.push_str("_resource");
    }
    name
}

/// The name of a resource's stubs struct: its handle's name with `Stubs` for `Resource`
/// (`RefundsResource` → `RefundsStubs`), or with `Stubs` added where that would repeat a name.
pub fn stubs_type_name(resource: &Resource, api: &Api) -> String {
    let short = |r: &Resource| {
        r.type_name
            .strip_suffix("Resource")
            .filter(|s| !s.is_empty())
            .map(|s| format!("{s}Stubs"))
    };
    match short(resource) {
        Some(name)
            if api
                .resources
                .iter()
                .filter(|r| short(r).as_deref() == Some(name.as_str()))
                .count()
                == 1 =>
        {
            name
        }
        _ => format!("{}Stubs", resource.type_name),
    }
}

/// The request body type and its kind, as `OperationStub`'s `B`.
fn request_type(op: &Operation, types: &TypeSpace) -> (TokenStream, TokenStream) {
    let Some(body) = &op.body else {
        return (quote!(()), quote!(None));
    };
    match body.encoding {
        BodyEncoding::Json => (type_tokens(&body.ty, types), quote!(Json)),
        BodyEncoding::Form => (type_tokens(&body.ty, types), quote!(Form)),
        BodyEncoding::Multipart => (type_tokens(&body.ty, types), quote!(Multipart)),
        BodyEncoding::Binary => (quote!(Vec<u8>), quote!(Bytes)),
        BodyEncoding::Text => (quote!(String), quote!(Text)),
    }
}

/// The response type and its kind, as `OperationStub`'s `R`.
fn response_type(op: &Operation, types: &TypeSpace) -> (TokenStream, TokenStream) {
    if op.event_stream {
        let data = op.response.as_ref().unwrap_or(&TypeRef::String);
        return (type_tokens(data, types), quote!(EventStream));
    }
    match &op.response {
        None => (quote!(()), quote!(Empty)),
        Some(TypeRef::Binary) => (quote!(Vec<u8>), quote!(Bytes)),
        Some(t) => (type_tokens(t, types), quote!(Json)),
    }
}

/// One operation's stub accessor.
fn operation_stub(resource: &Resource, op: &Operation, types: &TypeSpace) -> TokenStream {
    let fn_name = op.fn_name.to_ident();
    let (body, request_kind) = request_type(op, types);
    let (response, response_kind) = response_type(op, types);
    let method = op.method.as_str();
    let template = op.path.as_str();
    let operation = format!("{}.{}", resource.fn_name.as_str(), op.fn_name.as_str());
    let doc = doc_attrs(Some(&format!(
        "Stubs [`{handle}::{op}`](crate::resources::{handle}::{op}) (`{method} {template}`).",
        handle = resource.type_name,
        op = op.fn_name.as_str(),
    )));
    quote! {
        #doc
        pub fn #fn_name(&self) -> OperationStub<#body, #response> {
            self.stub.operation(RouteKey::new(
                #method,
                #template,
                #operation,
                RequestKind::#request_kind,
                ResponseKind::#response_kind,
            ))
        }
    }
}

/// A short example for `Stub::client`'s documentation: the first operation called with string
/// path parameters only (no parameters struct, no body) that returns JSON; `None` without one.
fn example(api: &Api, crate_ident: &str) -> Option<String> {
    let (resource, op) = api
        .resources
        .iter()
        .flat_map(|r| r.operations.iter().map(move |o| (r, o)))
        .find(|(_, o)| {
            !o.event_stream
                && o.params_type.is_none()
                && o.body.is_none()
                && matches!(&o.response, Some(t) if *t != TypeRef::Binary)
                && o.path_params.iter().all(|p| p.ty == TypeRef::String)
        })?;
    let args = op
        .path_params
        .iter()
        .map(|p| format!("\"{}_1\"", p.rust_name.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let (r, o) = (resource.fn_name.as_str(), op.fn_name.as_str());
    Some(format!(
        "```no_run\n# async fn run() {{\nuse {crate_ident}::testing::Stub;\n\n\
         let stub = Stub::new();\n\
         // Raw JSON is read by the client's own decoder; `returns` takes a typed value.\n\
         stub.{r}().{o}().returns_json(200, r#\"{{}}\"#);\n\
         let client = stub.client();\n\n\
         // The code under test calls the API; an operation it did not stub fails the test.\n\
         let _ = client.{r}().{o}({args}).await;\n\n\
         assert_eq!(stub.{r}().{o}().call_count(), 1);\n# }}\n```"
    ))
}

/// `src/stubs.rs`.
pub fn stubs_module(api: &Api, crate_name: &str) -> TokenStream {
    let plan = crate::model::features::plan(api);
    // One per argument of `Client::builder` (an OAuth2 scheme's credentials go to the builder).
    let credentials = crate::emit::krate::credential_args(api)
        .into_iter()
        .map(|_| STUB_CREDENTIAL);
    let crate_ident = crate_name.replace('-', "_");
    let client_doc = doc_attrs(Some(
        &[
            Some(
                "A client answered by this stub: every credential a placeholder, no retries (a\n\
                 stubbed error is answered once)."
                    .to_owned(),
            ),
            example(api, &crate_ident),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n\n"),
    ));
    let mut accessors = Vec::new();
    let mut structs = Vec::new();
    for resource in &api.resources {
        let feature = plan
            .resource_feature(resource.fn_name.as_str())
            .unwrap_or_default();
        let gate = quote!(#[cfg(feature = #feature)]);
        let accessor_name = stub_accessor(resource, api);
        let accessor = if accessor_name == resource.fn_name.as_str() {
            resource.fn_name.to_ident()
        } else {
            ident(&accessor_name)
        };
        let name = ident(&stubs_type_name(resource, api));
        let plain = resource.fn_name.as_str().replace('_', " ");
        let renamed = if accessor_name == resource.fn_name.as_str() {
            String::new()
        } else {
            format!(
                " (`{accessor_name}`: `Stub::{}` is the stub's own method)",
                resource.fn_name.as_str()
            )
        };
        let doc = doc_attrs(Some(&format!(
            "Stubs of the operations on {plain}{renamed}."
        )));
        accessors.push(quote! {
            #gate
            #doc
            pub fn #accessor(&self) -> #name<'_> {
                #name { stub: self }
            }
        });
        let ops = resource
            .operations
            .iter()
            .map(|op| operation_stub(resource, op, &api.types));
        let struct_doc = doc_attrs(Some(&format!(
            "Stubs of the operations on {plain}; get it with [`Stub::{accessor_name}`]."
        )));
        structs.push(quote! {
            #gate
            #struct_doc
            #[derive(Debug, Clone, Copy)]
            pub struct #name<'a> {
                stub: &'a Stub,
            }

            #gate
            impl #name<'_> {
                #( #ops )*
            }
        });
    }
    quote! {
        //! The API's typed test stubs: [`Stub`]'s client and accessors, one stub per operation
        //! (the `testing` feature; `Stub` itself is the runtime's `testing.rs`).
        #![allow(unused_imports)]

        use crate::testing::{OperationStub, RequestKind, ResponseKind, RouteKey, Stub};

        impl Stub {
            #client_doc
            pub fn client(&self) -> crate::Client {
                match self.builder().build() {
                    Ok(client) => client,
                    Err(error) => panic!("cannot build the stub's client: {error}"),
                }
            }

            /// A builder for a client answered by this stub (every credential a placeholder, no
            /// retries), to set more options before building it.
            pub fn builder(&self) -> crate::ClientBuilder {
                crate::Client::builder(#( #credentials ),*)
                    .mock_transport(self.transport())
                    .max_retries(0)
            }

            #( #accessors )*
        }

        #( #structs )*
    }
}
