//! Resources and their operations → tokens (one module per resource).

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::types::{doc_attrs, ident, type_tokens};
use crate::model::docs::join;
use crate::model::path_template::PathPart;
use crate::model::{
    BodyEncoding, Operation, OperationParameterKind, PathParam, QueryStyle, Resource, TypeKind,
    TypeRef, TypeSpace,
};

/// Whether [`path_arg`] gives the segment's text as an owned `String` (numbers, booleans).
fn path_text_is_owned(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::I32 | TypeRef::I64 | TypeRef::F64 | TypeRef::Bool
    )
}

/// How a path parameter is taken and turned into a path segment: the argument's type and an
/// expression giving the segment's text, a `&str` (borrowed from the argument) or, for numbers
/// and booleans, an owned `String` the caller binds before encoding borrows it.
fn path_arg(p: &PathParam, types: &TypeSpace) -> (TokenStream, TokenStream) {
    let name = p.rust_name.to_ident();
    match &p.ty {
        TypeRef::I32 => (quote!(i32), quote!(#name.to_string())),
        TypeRef::I64 => (quote!(i64), quote!(#name.to_string())),
        TypeRef::F64 => (quote!(f64), quote!(#name.to_string())),
        TypeRef::Bool => (quote!(bool), quote!(#name.to_string())),
        TypeRef::Named(id)
            if types
                .get(*id)
                .is_some_and(|t| matches!(t.kind, TypeKind::StringEnum { .. })) =>
        {
            let t = type_tokens(&p.ty, types);
            (quote!(&#t), quote!(#name.as_str()))
        }
        _ => (quote!(&str), quote!(#name)),
    }
}

/// Statements encoding each path parameter, and the expression joining the path from the
/// template's literal pieces and the encoded segments (`["/v1/disputes/", &*id_segment].concat()`,
/// one allocation, no formatting machinery).
fn path_expr(op: &Operation, types: &TypeSpace) -> (Vec<TokenStream>, TokenStream) {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut lets = Vec::new();
    for part in op.path.parts() {
        let name = match part {
            PathPart::Literal(text) => {
                literal.push_str(text);
                continue;
            }
            PathPart::Param(name) => name,
        };
        let Some(p) = op.path_params.iter().find(|p| p.wire_name == *name) else {
            literal.push('{');
            literal.push_str(name);
            literal.push('}');
            continue;
        };
        let (_, value) = path_arg(p, types);
        let var = p.rust_name.with_suffix("_segment").to_ident();
        if path_text_is_owned(&p.ty) {
            // The segment may borrow its text (nothing to encode), so the text outlives it.
            let text = p.rust_name.with_suffix("_text").to_ident();
            lets.push(quote!(let #text = #value;));
            lets.push(quote!(let #var = crate::encoding::encode_path_segment(&#text)?;));
        } else {
            lets.push(quote!(let #var = crate::encoding::encode_path_segment(#value)?;));
        }
        if !literal.is_empty() {
            pieces.push(quote!(#literal));
            literal.clear();
        }
        pieces.push(quote!(&*#var));
    }
    if pieces.is_empty() {
        return (lets, quote!(String::from(#literal)));
    }
    if !literal.is_empty() {
        pieces.push(quote!(#literal));
    }
    (lets, quote!([#( #pieces ),*].concat()))
}

/// The runtime's query style for a parameter's OpenAPI style and explode.
fn style_tokens(kind: OperationParameterKind) -> TokenStream {
    match kind {
        OperationParameterKind::Query {
            style: QueryStyle::Form,
            explode: true,
        } => quote!(crate::encoding::QueryStyle::FormExplode),
        OperationParameterKind::Query {
            style: QueryStyle::DeepObject,
            ..
        } => quote!(crate::encoding::QueryStyle::DeepObject),
        OperationParameterKind::Query {
            style: QueryStyle::SpaceDelimited,
            ..
        } => quote!(crate::encoding::QueryStyle::SpaceDelimited),
        OperationParameterKind::Query {
            style: QueryStyle::PipeDelimited,
            ..
        } => quote!(crate::encoding::QueryStyle::PipeDelimited),
        _ => quote!(crate::encoding::QueryStyle::Form),
    }
}

/// The signature arguments shared by an operation and its `_all` walker.
fn arguments(op: &Operation, types: &TypeSpace) -> Vec<TokenStream> {
    let mut args: Vec<TokenStream> = op
        .path_params
        .iter()
        .map(|p| {
            let name = p.rust_name.to_ident();
            let (ty, _) = path_arg(p, types);
            quote!(#name: #ty)
        })
        .collect();
    if let Some(pt) = op.params_type {
        let t = type_tokens(&TypeRef::Named(pt), types);
        args.push(quote!(params: &#t));
    }
    if let Some(body) = &op.body {
        match body.encoding {
            BodyEncoding::Binary => args.push(quote!(body: &[u8])),
            BodyEncoding::Text => args.push(quote!(body: &str)),
            _ => {
                let t = type_tokens(&body.ty, types);
                args.push(quote!(body: &#t));
            }
        }
    }
    args
}

fn operation_doc(op: &Operation, types: &TypeSpace) -> String {
    let mut parts = vec![op.summary.clone(), op.description.clone()];
    parts.push(Some(format!("`{} {}`", op.method, op.path)));
    if op.body_also_as_query {
        parts.push(Some(format!(
            "Sends the filters as a JSON body and as query parameters: each member of the body\n\
             is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra\n\
             fields included), so a server or proxy that drops the body of a `{}` still gets them.",
            op.method
        )));
    }
    // Only what the spec says about a parameter: the signature already names them all.
    let arg_docs: Vec<String> = op
        .path_params
        .iter()
        .filter_map(|p| {
            let d = p.doc.as_ref()?;
            let name = p.rust_name.as_str();
            // A doc with a code block keeps its lines, indented into the list item; prose is
            // one line.
            Some(if d.contains("```") {
                let lines: Vec<String> = d
                    .lines()
                    .map(|l| {
                        if l.is_empty() {
                            String::new()
                        } else {
                            format!("  {l}")
                        }
                    })
                    .collect();
                format!("- `{name}`:\n\n{}", lines.join("\n"))
            } else {
                format!("- `{name}`: {}", d.replace('\n', " "))
            })
        })
        .collect();
    if !arg_docs.is_empty() {
        parts.push(Some(format!("# Arguments\n\n{}", arg_docs.join("\n"))));
    }
    parts.push(crate::emit::responses::errors_doc(op, types));
    if op.deprecated {
        parts.push(Some("**Deprecated** by the API.".into()));
    }
    join(&parts).unwrap_or_default()
}

/// The statements building an operation's request: path, fixed headers, idempotency header,
/// parameters, the template's constant query pairs, body.
fn request_statements(op: &Operation, resource_name: &str, types: &TypeSpace) -> TokenStream {
    let method = ident(op.method.as_str());
    let (path_lets, path) = path_expr(op, types);
    let fixed = op
        .fixed_headers
        .iter()
        .map(|(name, value)| quote!(request.header(#name, #value);));
    let fixed_query = op.fixed_query.iter().map(
        |(name, value)| quote!(request.query(#name, #value, crate::encoding::QueryStyle::Form)?;),
    );
    let params = op.params.iter().map(|p| {
        let field = p.field.rust_name.to_ident();
        let wire = &p.field.wire_name;
        let call = if p.is_query() {
            let style = style_tokens(p.kind);
            quote!(request.query(#wire, value, #style)?;)
        } else {
            quote!(request.header_param(#wire, value)?;)
        };
        with_value(p.field.required, quote!(params.#field), call)
    });
    let body = body_tokens(op, types);
    let idempotency = op
        .idempotency_header
        .as_ref()
        .map(|h| quote!(request.idempotency_header(#h);));
    let operation_name = format!("{}.{}", resource_name, op.fn_name.as_str());
    let path_template = op.path.as_str();
    quote! {
        #( #path_lets )*
        let mut request = crate::client::ApiRequest::new(reqwest::Method::#method, #path);
        request.operation(#operation_name, #path_template);
        #( #fixed )*
        #idempotency
        #( #params )*
        #( #fixed_query )*
        #body
        Ok(request)
    }
}

/// The statement sending the body in its encoding.
fn body_tokens(op: &Operation, types: &TypeSpace) -> Option<TokenStream> {
    let b = op.body.as_ref()?;
    let media = &b.media_type;
    Some(match b.encoding {
        BodyEncoding::Json if op.body_also_as_query => quote! {
            request.json_body(body, #media)?;
            request.body_also_as_query();
        },
        BodyEncoding::Json => quote!(request.json_body(body, #media)?;),
        BodyEncoding::Form => quote!(request.form_body(body)?;),
        BodyEncoding::Multipart => multipart_tokens(&b.ty, types),
        BodyEncoding::Binary => quote!(request.raw_body(body.to_vec(), #media);),
        BodyEncoding::Text => quote!(request.raw_body(body.as_bytes().to_vec(), #media);),
    })
}

fn operation_tokens(
    op: &Operation,
    handle: &proc_macro2::Ident,
    resource_name: &str,
    types: &TypeSpace,
    crate_ident: &str,
) -> TokenStream {
    let fn_name = op.fn_name.to_ident();
    let example = crate::emit::examples::operation_example(op, resource_name, types, crate_ident);
    let docs = doc_attrs(join(&[Some(operation_doc(op, types)), example]).as_deref());
    // The API deprecates the operation: callers hear of it from the compiler.
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    // Reading a deprecated parameter field to send it is the crate's own use, not a caller's.
    let allow = uses_deprecated_params(op).then(|| quote!(#[allow(deprecated)]));
    let deprecated = quote!(#deprecated #allow);
    let args = arguments(op, types);
    let statements = request_statements(op, resource_name, types);
    if op.event_stream {
        // A stream of server-sent events is read as it arrives, not buffered and decoded
        // whole like a `Call`: the operation sends the request and returns the stream.
        let data_type = op.response.as_ref().unwrap_or(&TypeRef::String);
        let data = type_tokens(data_type, types);
        // Text events (a string schema, or none) take data that is not a JSON string as it
        // is; any other type is JSON, and data that does not parse is an error.
        let reader = if *data_type == TypeRef::String {
            quote!(text)
        } else {
            quote!(new)
        };
        return quote! {
            #docs
            #deprecated
            pub async fn #fn_name(&self, #( #args ),*) -> Result<crate::sse::EventStream<#data>, crate::Error> {
                let request = crate::client::build_request(|| { #statements })?;
                self.client
                    .send_streaming(request, &self.options)
                    .await
                    .map(crate::sse::EventStream::#reader)
            }
        };
    }
    let (ret, decode) = match (&op.success_enum, &op.response) {
        (Some(e), _) => {
            let name = ident(&e.name);
            (quote!(#name), quote!(#name::decode))
        }
        (None, response) => decode_single(response, types),
    };
    let walker = op
        .pagination
        .as_ref()
        .map(|pg| walker_tokens(op, pg, handle, &args, types));
    quote! {
        #docs
        #deprecated
        pub fn #fn_name(&self, #( #args ),*) -> crate::Call<'a, #ret> {
            let request = crate::client::build_request(|| { #statements });
            crate::client::Call::new(self.client, request, &self.options, #decode)
        }

        #walker
    }
}

/// The return type and decoder of a call with one success type.
fn decode_single(response: &Option<TypeRef>, types: &TypeSpace) -> (TokenStream, TokenStream) {
    match response {
        Some(TypeRef::Binary) => (quote!(Vec<u8>), quote!(crate::client::decode_bytes)),
        Some(t) => {
            let t = type_tokens(t, types);
            (quote!(#t), quote!(crate::client::decode_json::<#t>))
        }
        None => (quote!(()), quote!(crate::client::decode_empty)),
    }
}

/// Whether a query or header parameter of `op` is marked deprecated (its field is).
fn uses_deprecated_params(op: &Operation) -> bool {
    op.params.iter().any(|p| p.field.deprecated)
}

/// `<name>_all`: every item of a paginated operation, page after page.
fn walker_tokens(
    op: &Operation,
    pg: &crate::model::Pagination,
    handle: &proc_macro2::Ident,
    args: &[TokenStream],
    types: &TypeSpace,
) -> TokenStream {
    let fn_name = op.fn_name.to_ident();
    // The walker of a deprecated operation is deprecated too, and calls it without a warning.
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let allow = (op.deprecated || uses_deprecated_params(op)).then(|| quote!(#[allow(deprecated)]));
    let deprecated = quote!(#deprecated #allow);
    let all_name = op.fn_name.with_suffix("_all").to_ident();
    let item = type_tokens(&pg.item, types);
    let cursor_place = if op.body_also_as_query {
        ",\nin the body and in the query"
    } else {
        ""
    };
    let all_doc = doc_attrs(Some(&format!(
        "Every item of [`Self::{}`], page after page: a lazy stream that requests the next page\n(with `starting_after` set to the last item's ID{cursor_place}) only when the previous one is used up.\nA list whose cursor cycles, or that has more items after one without an ID, ends with\n[`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.",
        op.fn_name.as_str()
    )));
    // The walk's state is the operation's arguments, owned: path parameters, then the
    // query parameters, then the body. One page's call is made from it by a plain
    // function (no closure captures), so every list shares the runtime's one walk.
    let mut state_names = Vec::new();
    let mut state_init = Vec::new();
    let mut call_args = Vec::new();
    for p in &op.path_params {
        let name = p.rust_name.to_ident();
        // A borrowed argument (`&str`, `&Enum`) is kept owned and lent back; the rest are
        // `Copy` numbers and booleans.
        let borrowed = path_arg(p, types).0.to_string().starts_with('&');
        state_init.push(if borrowed {
            quote!(#name.to_owned())
        } else {
            quote!(#name)
        });
        call_args.push(if borrowed {
            quote!(#name)
        } else {
            quote!(*#name)
        });
        state_names.push(name);
    }
    call_args.extend(op.params_type.iter().map(|_| quote!(params)));
    call_args.extend(op.body.iter().map(|_| quote!(body)));
    if op.params_type.is_some() {
        state_names.push(ident("params"));
        state_init.push(quote!(params.to_owned()));
    }
    if op.body.is_some() {
        state_names.push(ident("body"));
        state_init.push(quote!(body.to_owned()));
    }
    let cursor_slot = if pg.cursor_in_body { "body" } else { "params" };
    let cursor_index = syn::Index::from(
        state_names
            .iter()
            .position(|n| n == cursor_slot)
            .unwrap_or(state_names.len()),
    );
    let cursor = pg.cursor_field.to_ident();
    let set_cursor = if pg.item_id_required {
        quote! { state.#cursor_index.#cursor = Some(last.id.clone()); Some(last.id.clone()) }
    } else {
        quote! {
            match &last.id {
                Some(id) => { state.#cursor_index.#cursor = Some(id.clone()); Some(id.clone()) }
                None => None,
            }
        }
    };
    let page_data = page_parts(pg, types, op);
    quote! {
        #all_doc
        #deprecated
        pub fn #all_name(&self, #( #args ),*) -> crate::Pages<#item> {
            crate::Pages::new(
                self.client.clone(),
                self.options.clone(),
                (#( #state_init, )*),
                |client, options, state| {
                    let (#( #state_names, )*) = state;
                    #handle { client, options: options.clone() }.#fn_name(#( #call_args ),*)
                },
                |page| #page_data,
                |state, last| { #set_cursor },
            )
        }
    }
}

/// `use_it` with `value` bound to the field: always for a required field, else when present.
fn with_value(required: bool, field: TokenStream, use_it: TokenStream) -> TokenStream {
    if required {
        quote! { { let value = &#field; #use_it } }
    } else {
        quote! { if let Some(value) = &#field { #use_it } }
    }
}

/// Statements filling a multipart body from the body struct, field by field: files as file
/// parts, everything else as text.
fn multipart_tokens(body_ty: &TypeRef, types: &TypeSpace) -> TokenStream {
    let fields = body_ty
        .direct_named()
        .and_then(|id| types.get(id))
        .and_then(|t| match &t.kind {
            TypeKind::Struct(f) => Some(f.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let parts = fields.iter().map(|f| {
        let field = f.rust_name.to_ident();
        let wire = &f.wire_name;
        let add = match &f.ty {
            TypeRef::Binary => quote!(form.file(#wire, value);),
            TypeRef::Vec(inner) if **inner == TypeRef::Binary => quote!(form.files(#wire, value);),
            _ => quote!(form.text(#wire, value)?;),
        };
        with_value(f.required, quote!(body.#field), add)
    });
    quote! {
        let mut form = crate::multipart::Multipart::new();
        #( #parts )*
        request.multipart_body(form);
    }
}

/// `(page.data, page.has_more)`, unwrapping optional fields.
fn page_parts(_pg: &crate::model::Pagination, types: &TypeSpace, op: &Operation) -> TokenStream {
    let fields = op
        .response
        .as_ref()
        .and_then(|r| r.direct_named())
        .and_then(|id| types.get(id))
        .and_then(|t| match &t.kind {
            TypeKind::Struct(f) => Some(f.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let required = |wire: &str| {
        fields
            .iter()
            .find(|f| f.wire_name == wire)
            .is_some_and(|f| f.required)
    };
    let data = if required("data") {
        quote!(page.data)
    } else {
        quote!(page.data.unwrap_or_default())
    };
    let more = if required("has_more") {
        quote!(page.has_more)
    } else {
        quote!(page.has_more.unwrap_or(false))
    };
    quote!((#data, #more))
}

/// One resource module.
/// `crate_ident` names the crate in the operations' doctest examples.
pub fn resource_module(resource: &Resource, types: &TypeSpace, crate_ident: &str) -> TokenStream {
    let handle = ident(&resource.type_name);
    let accessor = resource.fn_name.to_ident();
    let plain = resource.fn_name.as_str().replace('_', " ");
    let module_doc = format!(" Operations on {plain}.");
    let handle_doc = doc_attrs(Some(
        &join(&[
            Some(format!(
                "Operations on {plain}; get one with [`Client::{}`](crate::Client::{}).",
                resource.fn_name.as_str(),
                resource.fn_name.as_str()
            )),
            resource.doc.clone(),
        ])
        .unwrap_or_default(),
    ));
    let accessor_doc = format!(" Operations on {plain}.");
    let ops = resource
        .operations
        .iter()
        .map(|op| operation_tokens(op, &handle, resource.fn_name.as_str(), types, crate_ident));
    let outcome_enums = resource
        .operations
        .iter()
        .map(|op| crate::emit::responses::outcome_enums(op, &resource.type_name, types));
    quote! {
        #![doc = #module_doc]

        #handle_doc
        #[derive(Debug, Clone)]
        pub struct #handle<'a> {
            client: &'a crate::Client,
            options: crate::RequestOptions,
        }

        impl crate::Client {
            #[doc = #accessor_doc]
            pub fn #accessor(&self) -> #handle<'_> {
                #handle { client: self, options: crate::RequestOptions::default() }
            }
        }

        impl<'a> #handle<'a> {
            /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
            /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
            pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
                self.options = options;
                self
            }

            #( #ops )*
        }

        #( #outcome_enums )*
    }
}
