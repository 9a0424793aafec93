//! Paths → resources and operations: names, parameters, bodies, responses, pagination.

use heck::ToShoutySnakeCase;
use indexmap::IndexMap;
use openapiv3::{
    MediaType, OpenAPI, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr,
    RequestBody as OaBody, Response, SecurityScheme, StatusCode,
};

use crate::error::{escape_pointer_segment, pointer_of, Error, Location, Result};
use crate::load::apifox::ref_segments;
use crate::model::docs::doc_text;
use crate::model::naming::{
    escape_ident, handle_name, singular, snake_name, type_name, NameScope, CLIENT_METHOD_NAMES,
};
use crate::model::op_names::{
    name_from_path, name_from_summary, resource_name, restates_path, spelled_right,
};
use crate::model::types::TypeBuilder;
use crate::model::{
    reference_error, AuthScheme, BodyEncoding, Field, Operation, Pagination, Param, ParamLocation,
    ParamStyle, PathParam, RequestBody, Resource, Server, TypeDef, TypeKind, TypeRef,
};
use crate::report::Diagnostic;

/// Header names that carry an idempotency key.
fn is_idempotency_header(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower == "unique-key" || lower.contains("idempotency")
}

/// A media type without its parameters, lower case (`application/json; charset=utf-8` →
/// `application/json`).
fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn is_json(media: &str) -> bool {
    let m = essence(media);
    m == "application/json" || m.ends_with("+json") || m == "*/*" || m == "text/json"
}

fn is_multipart(media: &str) -> bool {
    essence(media) == "multipart/form-data"
}

/// Text sent or received as it is: `text/*` (but not the event stream, which is read as events).
fn is_text(media: &str) -> bool {
    let m = essence(media);
    m.starts_with("text/") && m != "text/event-stream"
}

fn is_event_stream(media: &str) -> bool {
    essence(media) == "text/event-stream"
}

/// Whether a schema is binary content (`type: string, format: binary`).
fn is_binary(schema: &openapiv3::Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
        if matches!(s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)))
        || matches!(&schema.schema_kind, openapiv3::SchemaKind::Any(a) if a.format.as_deref() == Some("binary"))
}

/// An object schema's properties, its required names, and whether it admits other keys.
type ObjectParts<'s> = (
    &'s IndexMap<String, ReferenceOr<Box<openapiv3::Schema>>>,
    &'s [String],
    bool,
);

/// The properties and required list of an object schema, however openapiv3 classified it.
fn object_parts(schema: &openapiv3::Schema) -> Option<ObjectParts<'_>> {
    match &schema.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::Object(o)) => Some((
            &o.properties,
            &o.required,
            matches!(
                o.additional_properties,
                Some(openapiv3::AdditionalProperties::Schema(_))
                    | Some(openapiv3::AdditionalProperties::Any(true))
            ),
        )),
        openapiv3::SchemaKind::Any(a)
            if a.typ.as_deref() == Some("object") || !a.properties.is_empty() =>
        {
            Some((
                &a.properties,
                &a.required,
                a.additional_properties.is_some(),
            ))
        }
        _ => None,
    }
}

fn is_form(media: &str) -> bool {
    essence(media) == "application/x-www-form-urlencoded"
}

/// Resolves a local `$ref` to a component of `section`; a `$ref` that names something else is
/// an error located where it is written (the first of a chain at `pointer`, a later one in
/// the component holding it).
fn component<'s, T>(
    spec: &'s OpenAPI,
    item: &'s ReferenceOr<T>,
    section: &str,
    get: impl Fn(&'s openapiv3::Components) -> &'s IndexMap<String, ReferenceOr<T>>,
    pointer: &str,
) -> Result<&'s T> {
    let mut current = item;
    let mut at = pointer.to_owned();
    for _ in 0..32 {
        match current {
            ReferenceOr::Item(t) => return Ok(t),
            ReferenceOr::Reference { reference } => {
                let segs = ref_segments(reference).unwrap_or_default();
                let found = match segs.as_slice() {
                    [c, s, name] if c == "components" && s == section => {
                        spec.components.as_ref().and_then(|c| get(c).get(name))
                    }
                    _ => None,
                };
                current = found.ok_or_else(|| reference_error(reference, section, &at))?;
                at = pointer_of(segs);
            }
        }
    }
    Err(Error::CyclicRef {
        location: Location::pointer(format!("{pointer}/$ref")),
        chain: format!("{section} reference chain too long"),
    })
}

struct ResourceBuilder {
    type_name: String,
    doc: Option<String>,
    fn_names: NameScope,
    operations: Vec<Operation>,
}

/// Builds every operation, grouped into resources in first-seen order; the errors of an
/// operation go to `types.errors` and the others are still built.
pub fn build_resources(spec: &OpenAPI, types: &mut TypeBuilder) -> Vec<Resource> {
    let mut resources: IndexMap<String, ResourceBuilder> = IndexMap::new();
    for (path, item) in &spec.paths.paths {
        let item_pointer = pointer_of(["paths", path.as_str()]);
        let ReferenceOr::Item(item) = item else {
            types.diagnostics.push(Diagnostic::warning(
                Location::pointer(&item_pointer),
                "path item `$ref`s are not supported; the path is skipped",
            ));
            continue;
        };
        for (method, op) in item.iter() {
            let pointer = format!("{item_pointer}/{method}");
            let mut resource = resource_name(op, path);
            // A resource's accessor is a method of `Client`, beside the runtime's own.
            let shadowed = CLIENT_METHOD_NAMES.contains(&resource.as_str());
            if shadowed {
                resource = format!("{resource}_resource");
            }
            if !resources.contains_key(&resource) {
                if shadowed {
                    types.diagnostics.push(Diagnostic::note(
                        Location::pointer(&pointer),
                        format!(
                            "the accessor of resource `{}` is named `{resource}`: `Client::{}` is the client's own method",
                            resource.trim_end_matches("_resource"),
                            resource.trim_end_matches("_resource"),
                        ),
                    ));
                }
                // Handles share the crate's namespace with the schema types (both are
                // re-exported at the root): every handle is `<Accessor>Resource`.
                let desired = handle_name(&resource);
                let tname = types.claim(&desired, &format!("resource `{resource}`"), &pointer);
                let tag_doc = op
                    .tags
                    .first()
                    .and_then(|t| spec.tags.iter().find(|x| x.name == *t))
                    .and_then(|t| doc_text(t.description.as_deref()));
                resources.insert(
                    resource.clone(),
                    ResourceBuilder {
                        type_name: tname,
                        doc: tag_doc,
                        fn_names: NameScope::with_reserved(
                            &["new", "client", "with_options", "idempotency_key"],
                            "the resource handle",
                        ),
                        operations: Vec::new(),
                    },
                );
            }
            let builder = resources.get_mut(&resource).expect("inserted above");
            let summary = op
                .summary
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty());
            let (desired, base) = match summary.and_then(|s| name_from_summary(s, &resource)) {
                Some(pair) => pair,
                None => {
                    let n = match op.operation_id.as_deref() {
                        // `PostDisputesDisputeClose` only spells method and path: the path
                        // names it better (`close`).
                        Some(id) if restates_path(id, method, path) => {
                            name_from_path(method, path, &resource)
                        }
                        Some(id) => snake_name(id),
                        None => name_from_path(method, path, &resource),
                    };
                    let noun = if n.starts_with("list") {
                        resource.clone()
                    } else {
                        singular(&resource)
                    };
                    // `create_call` in resource `call` is `CreateCall`, not `CreateCallCall`.
                    let says_noun = {
                        let words: Vec<String> = n.split('_').map(singular).collect();
                        noun.split('_').all(|w| words.contains(&singular(w)))
                            && singular(&n) != singular(&resource)
                    };
                    let b = if says_noun {
                        type_name(&n)
                    } else {
                        type_name(&format!("{n} {noun}"))
                    };
                    (n, b)
                }
            };
            let fn_name = if builder.fn_names.is_free(&desired) {
                builder.fn_names.claim(
                    &desired,
                    &format!("`{} {path}`", method.to_uppercase()),
                    &Location::pointer(&pointer),
                    types.diagnostics,
                )
            } else {
                let alternative = op
                    .operation_id
                    .as_deref()
                    .map(snake_name)
                    .filter(|n| builder.fn_names.is_free(n))
                    .unwrap_or_else(|| name_from_path(method, path, &resource));
                types.diagnostics.push(Diagnostic::warning(
                    Location::pointer(&pointer),
                    format!("operation name `{desired}` is already used in resource `{resource}`; this operation is named from its operationId or path instead"),
                ));
                builder.fn_names.claim(
                    &alternative,
                    &format!("`{} {path}`", method.to_uppercase()),
                    &Location::pointer(&pointer),
                    types.diagnostics,
                )
            };
            let base = if base.is_empty() {
                type_name(&format!("{fn_name} {resource}"))
            } else {
                base
            };
            match build_operation(
                spec,
                types,
                path,
                method,
                op,
                &item.parameters,
                fn_name,
                base,
                &pointer,
            ) {
                Ok(Some(operation)) => builder.operations.push(operation),
                Ok(None) => continue,
                Err(error) => types.errors.push(error),
            }
        }
    }
    // Streaming twins are named after every operation: a name the spec gives an operation
    // wins over a derived `<name>_stream`.
    for (resource, builder) in resources.iter_mut() {
        let mut operations = Vec::with_capacity(builder.operations.len());
        for operation in std::mem::take(&mut builder.operations) {
            let twin = match &operation.stream_alternative {
                Some(event) => {
                    let desired = format!("{}_stream", operation.fn_name);
                    if builder.fn_names.is_free(&desired) {
                        let name = builder.fn_names.claim(
                            &desired,
                            &format!(
                                "`{} {}` as server-sent events",
                                operation.method, operation.path
                            ),
                            &Location::pointer(&operation.pointer),
                            types.diagnostics,
                        );
                        Some(stream_twin(&operation, name, event.clone()))
                    } else {
                        types.diagnostics.push(Diagnostic::warning(
                            Location::pointer(&operation.pointer),
                            format!("the response is also offered as server-sent events, but `{desired}` is already used in resource `{resource}`; only the JSON form is generated"),
                        ));
                        None
                    }
                }
                None => None,
            };
            operations.push(operation);
            operations.extend(twin);
        }
        builder.operations = operations;
    }
    resources
        .into_iter()
        .filter(|(_, r)| !r.operations.is_empty())
        .map(|(name, r)| Resource {
            fn_name: escape_ident(&name),
            type_name: r.type_name,
            doc: r.doc,
            operations: r.operations,
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn build_operation(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    path: &str,
    method: &str,
    op: &openapiv3::Operation,
    path_level: &[ReferenceOr<Parameter>],
    fn_name: String,
    type_base: String,
    pointer: &str,
) -> Result<Option<Operation>> {
    // Every independent error of the operation (one per parameter, body and response) is
    // kept; the operation is built only without any.
    let mut errors: Vec<Error> = Vec::new();
    // Parameters: operation-level ones override path-level ones of the same name and place.
    let mut params: Vec<(&Parameter, String)> = Vec::new();
    for (i, p) in path_level.iter().enumerate() {
        let pp = format!(
            "{}/parameters/{i}",
            pointer.rsplit_once('/').map(|(a, _)| a).unwrap_or(pointer)
        );
        match component(spec, p, "parameters", |c| &c.parameters, &pp) {
            Ok(resolved) => params.push((resolved, pp)),
            Err(error) => errors.push(error),
        }
    }
    for (i, p) in op.parameters.iter().enumerate() {
        let pp = format!("{pointer}/parameters/{i}");
        let resolved = match component(spec, p, "parameters", |c| &c.parameters, &pp) {
            Ok(resolved) => resolved,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let data = resolved.parameter_data_ref();
        params.retain(|(q, _)| {
            !(q.parameter_data_ref().name == data.name
                && std::mem::discriminant(*q) == std::mem::discriminant(resolved))
        });
        params.push((resolved, pp));
    }

    // Request body.
    let mut body = None;
    let mut body_media = None;
    let mut body_schema = None;
    let bp = format!("{pointer}/requestBody");
    let request_body = op.request_body.as_ref().and_then(|rb| {
        match component(spec, rb, "requestBodies", |c| &c.request_bodies, &bp) {
            Ok(rb) => Some(rb),
            Err(error) => {
                errors.push(error);
                None
            }
        }
    });
    if let Some(rb) = request_body {
        let rb: &OaBody = rb;
        // JSON first, then forms, multipart, text; any other media type is raw bytes.
        let chosen = rb
            .content
            .iter()
            .find(|(m, _)| is_json(m))
            .or_else(|| rb.content.iter().find(|(m, _)| is_form(m)))
            .or_else(|| rb.content.iter().find(|(m, _)| is_multipart(m)))
            .or_else(|| rb.content.iter().find(|(m, _)| is_text(m)))
            .or_else(|| rb.content.iter().next());
        if let Some((media, mt)) = chosen {
            let encoding = if is_json(media) {
                BodyEncoding::Json
            } else if is_form(media) {
                BodyEncoding::Form
            } else if is_multipart(media) {
                BodyEncoding::Multipart
            } else if is_text(media) {
                BodyEncoding::Text
            } else {
                BodyEncoding::Binary
            };
            let schema_pointer = format!("{bp}/content/{}/schema", escape_pointer_segment(media));
            // Apifox exports "no body" as an empty object schema, even on GET; sending `{}`
            // (or an empty form) would only confuse servers and callers.
            let structured = matches!(
                encoding,
                BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart
            );
            let empty = structured
                && mt
                    .schema
                    .as_ref()
                    .and_then(|s| types.resolve(s))
                    .and_then(object_parts)
                    .is_some_and(|(props, _, open)| props.is_empty() && !open);
            let bodiless_method = matches!(method, "get" | "head" | "delete" | "options");
            // Apifox pages also declare an optional raw body on some GETs that says nothing
            // at all (`text/plain` with a bare `type: string`): HTTP gives a GET body no
            // meaning, so it is not asked for. A raw body that is required, or documented
            // (description, example, format, enum), is sent on any method.
            let undocumented_raw = !structured
                && !rb.required
                && bodiless_method
                && rb.description.as_deref().is_none_or(|d| d.trim().is_empty())
                && mt.example.is_none()
                && mt.examples.is_empty()
                && mt.schema.as_ref().is_none_or(|s| {
                    types.resolve(s).is_some_and(|s| {
                        s.schema_data.description.is_none()
                            && s.schema_data.example.is_none()
                            && matches!(
                                &s.schema_kind,
                                openapiv3::SchemaKind::Type(openapiv3::Type::String(st))
                                    if st.enumeration.is_empty()
                                        && matches!(st.format, openapiv3::VariantOrUnknownOrEmpty::Empty)
                            )
                    })
                });
            if undocumented_raw {
                types.diagnostics.push(Diagnostic::note(
                    Location::pointer(&schema_pointer),
                    format!(
                        "the optional {media} request body of a {} declares nothing; `{fn_name}` sends no body",
                        method.to_uppercase()
                    ),
                ));
            } else if empty && (bodiless_method || encoding != BodyEncoding::Json) {
                types.diagnostics.push(Diagnostic::note(
                    Location::pointer(&schema_pointer),
                    format!(
                        "the {media} request body declares no fields; `{fn_name}` sends no body"
                    ),
                ));
            } else {
                body_media = Some((media.clone(), encoding, rb.required));
                body_schema = Some((mt.clone(), schema_pointer));
            }
        }
    }

    let mut path_params = Vec::new();
    let mut fields: Vec<Param> = Vec::new();
    let mut fixed_headers = Vec::new();
    let mut idempotency_header = None;
    let mut field_names = NameScope::default();
    for (p, pp) in &params {
        let data = p.parameter_data_ref();
        let schema = match &data.format {
            ParameterSchemaOrContent::Schema(s) => Some(s.clone()),
            ParameterSchemaOrContent::Content(c) => {
                c.values().next().and_then(|m: &MediaType| m.schema.clone())
            }
        };
        let resolved = schema.as_ref().and_then(|s| types.resolve(s)).cloned();
        let hint = format!("{type_base}{}", type_name(&data.name));
        match p {
            Parameter::Path { .. } => {
                let ty = match &schema {
                    Some(s) => match types.convert(s, &hint, &format!("{pp}/schema")) {
                        Ok(ty) => ty,
                        Err(error) => {
                            errors.push(error);
                            continue;
                        }
                    },
                    None => TypeRef::String,
                };
                path_params.push(PathParam {
                    rust_name: escape_ident(&snake_name(&data.name)),
                    wire_name: data.name.clone(),
                    ty,
                    doc: doc_text(data.description.as_deref()),
                });
            }
            Parameter::Header { .. } => {
                let lower = data.name.to_ascii_lowercase();
                if is_idempotency_header(&data.name) {
                    idempotency_header = Some(data.name.clone());
                    continue;
                }
                let example = data
                    .example
                    .as_ref()
                    .and_then(|v| v.as_str().map(str::to_owned));
                let default = resolved
                    .as_ref()
                    .and_then(|s| s.schema_data.default.as_ref())
                    .and_then(|v| v.as_str().map(str::to_owned));
                let single_enum = resolved.as_ref().and_then(|s| match &s.schema_kind {
                    openapiv3::SchemaKind::Type(openapiv3::Type::String(st))
                        if st.enumeration.len() == 1 =>
                    {
                        st.enumeration[0].clone()
                    }
                    _ => None,
                });
                let fixed = if lower == "accept" {
                    Some(
                        example
                            .or(default)
                            .or(single_enum)
                            .unwrap_or_else(|| "application/json".into()),
                    )
                } else if lower == "content-type" {
                    Some(
                        body_media
                            .as_ref()
                            .map(|(m, _, _)| m.clone())
                            .or(example)
                            .or(default)
                            .unwrap_or_else(|| "application/json".into()),
                    )
                } else if lower == "authorization" {
                    types.diagnostics.push(Diagnostic::note(
                        Location::pointer(pp),
                        "the Authorization header is set by the client from its credentials",
                    ));
                    continue;
                } else {
                    default.or(single_enum)
                };
                if let Some(value) = fixed {
                    fixed_headers.push((data.name.clone(), value));
                    continue;
                }
                let ty = match &schema {
                    Some(s) => match types.convert(s, &hint, &format!("{pp}/schema")) {
                        Ok(ty) => ty,
                        Err(error) => {
                            errors.push(error);
                            continue;
                        }
                    },
                    None => TypeRef::String,
                };
                let rust = field_names.claim(
                    &snake_name(&data.name),
                    "parameter",
                    &Location::pointer(pp),
                    types.diagnostics,
                );
                fields.push(Param {
                    field: Field {
                        rust_name: escape_ident(&rust),
                        wire_name: data.name.clone(),
                        ty,
                        required: data.required,
                        doc: doc_text(data.description.as_deref()),
                        deprecated: data.deprecated.unwrap_or(false),
                        integer_wire: None,
                    },
                    location: ParamLocation::Header,
                    style: ParamStyle::Simple,
                });
            }
            Parameter::Query { style, .. } => {
                let ty = match &schema {
                    Some(s) => match types.convert(s, &hint, &format!("{pp}/schema")) {
                        Ok(ty) => ty,
                        Err(error) => {
                            errors.push(error);
                            continue;
                        }
                    },
                    None => TypeRef::String,
                };
                let explode = data.explode.unwrap_or(matches!(style, QueryStyle::Form));
                let style = match style {
                    QueryStyle::Form if explode => ParamStyle::FormExplode,
                    QueryStyle::Form => ParamStyle::Form,
                    QueryStyle::DeepObject => ParamStyle::DeepObject,
                    QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                    QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                };
                let rust = field_names.claim(
                    &snake_name(&data.name),
                    "parameter",
                    &Location::pointer(pp),
                    types.diagnostics,
                );
                fields.push(Param {
                    field: Field {
                        rust_name: escape_ident(&rust),
                        wire_name: data.name.clone(),
                        ty,
                        required: data.required,
                        doc: doc_text(data.description.as_deref()),
                        deprecated: data.deprecated.unwrap_or(false),
                        integer_wire: None,
                    },
                    location: ParamLocation::Query,
                    style,
                });
            }
            Parameter::Cookie { .. } => {
                types.diagnostics.push(Diagnostic::warning(
                    Location::pointer(pp),
                    format!(
                        "cookie parameter `{}` is not supported and is not sent",
                        data.name
                    ),
                ));
            }
        }
    }

    // Path parameters in template order; template names without a declaration are strings.
    let mut ordered = Vec::new();
    for name in template_names(path) {
        match path_params
            .iter()
            .position(|p: &PathParam| p.wire_name == name)
        {
            Some(i) => ordered.push(path_params.remove(i)),
            None => {
                types.diagnostics.push(Diagnostic::warning(
                    Location::pointer(pointer),
                    format!("path parameter `{{{name}}}` is not declared; it is taken as a string"),
                ));
                ordered.push(PathParam {
                    rust_name: escape_ident(&snake_name(&name)),
                    wire_name: name,
                    ty: TypeRef::String,
                    doc: None,
                });
            }
        }
    }
    for extra in path_params {
        types.diagnostics.push(Diagnostic::warning(
            Location::pointer(pointer),
            format!(
                "path parameter `{}` is declared but not in the path template; it is ignored",
                extra.wire_name
            ),
        ));
    }
    let mut arg_names =
        NameScope::with_reserved(&["params", "body", "self"], "a generated argument");
    for p in &mut ordered {
        let claimed = arg_names.claim(
            p.rust_name.trim_start_matches("r#"),
            "path parameter",
            &Location::pointer(pointer),
            types.diagnostics,
        );
        p.rust_name = escape_ident(&claimed);
    }

    let inline_body = body_schema
        .as_ref()
        .is_some_and(|(mt, _)| !matches!(mt.schema, Some(ReferenceOr::Reference { .. })));
    let params_type = if fields.is_empty() {
        None
    } else {
        let desired = if inline_body {
            format!("{type_base}Params")
        } else {
            type_base.clone()
        };
        let name = types.claim(
            &desired,
            &format!("parameters of `{} {path}`", method.to_uppercase()),
            pointer,
        );
        types.push_def(TypeDef {
            name: name.clone(),
            doc: Some(format!(
                "Query and header parameters of [`{}`](crate::resources).",
                fn_name
            )),
            pointer: format!("{pointer}/parameters"),
            kind: TypeKind::Struct(fields.iter().map(|p| p.field.clone()).collect()),
            has_default: false,
        });
        Some(name)
    };
    if let (Some((media, encoding, required)), Some((mt, sp))) = (body_media, body_schema) {
        let hint = if fields.is_empty() {
            type_base.clone()
        } else {
            format!("{type_base}Body")
        };
        let ty = match (&mt.schema, encoding) {
            (Some(s), BodyEncoding::Multipart) => match multipart_struct(types, s, &hint, &sp) {
                Ok(Some(ty)) => Ok(ty),
                Ok(None) if errors.is_empty() => {
                    types.diagnostics.push(Diagnostic::warning(
                        Location::pointer(&sp),
                        format!("a multipart body must be an object schema; operation `{fn_name}` is not generated"),
                    ));
                    return Ok(None);
                }
                Ok(None) => Ok(TypeRef::Json),
                Err(error) => Err(error),
            },
            (_, BodyEncoding::Binary) => Ok(TypeRef::Binary),
            (_, BodyEncoding::Text) => Ok(TypeRef::String),
            (Some(s), _) => types.convert(s, &hint, &sp),
            (None, _) => Ok(TypeRef::Json),
        };
        match ty {
            Ok(ty) => {
                body = Some(RequestBody {
                    ty,
                    encoding,
                    media_type: media,
                    required,
                })
            }
            Err(error) => errors.push(error),
        }
    }

    let (response, event_stream, stream_alternative) =
        match response_type(spec, types, op, &type_base, pointer) {
            Ok(found) => found,
            Err(error) => {
                errors.push(error);
                (None, false, None)
            }
        };
    if let Some(error) = Error::from_all(errors) {
        return Err(error);
    }
    let asks_for_a_form = fixed_headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("accept"));
    if event_stream && !asks_for_a_form {
        fixed_headers.push(("Accept".to_owned(), "text/event-stream".to_owned()));
    }
    // A response offered both as JSON and as events: the JSON method asks for JSON, so a
    // server that picks the form by `Accept` does not stream to it.
    if stream_alternative.is_some() && !asks_for_a_form {
        fixed_headers.push(("Accept".to_owned(), "application/json".to_owned()));
    }
    let raw_body = body
        .as_ref()
        .is_some_and(|b| matches!(b.encoding, BodyEncoding::Binary | BodyEncoding::Text));
    let pagination = if event_stream || raw_body {
        None
    } else {
        pagination(types, &response, &fields, body.as_ref())
    };
    Ok(Some(Operation {
        fn_name,
        type_base,
        // Docs spell the summary right (`Retreive a Session` → `Retrieve a Session`); the
        // normalized document keeps it as exported.
        summary: op
            .summary
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| doc_text(Some(&spelled_right(s)))),
        description: doc_text(op.description.as_deref()),
        method: method.to_uppercase(),
        path: path.to_owned(),
        pointer: pointer.to_owned(),
        deprecated: op.deprecated,
        path_params: ordered,
        params: fields,
        params_type,
        fixed_headers,
        body,
        response,
        event_stream,
        stream_alternative,
        stream_of: None,
        pagination,
        idempotency_header,
        body_also_as_query: false,
    }))
}

/// The streaming twin of `operation`, whose response is offered both as JSON and as
/// server-sent events (`text/event-stream`): the same request sent with
/// `Accept: text/event-stream`, returning the stream of events; named `<name>_stream`.
fn stream_twin(operation: &Operation, fn_name: String, event: TypeRef) -> Operation {
    let mut twin = operation.clone();
    twin.stream_of = Some(operation.fn_name.clone());
    twin.fn_name = fn_name;
    twin.type_base = format!("{}Stream", operation.type_base);
    twin.response = Some(event);
    twin.event_stream = true;
    twin.stream_alternative = None;
    twin.pagination = None;
    twin.fixed_headers
        .retain(|(name, _)| !name.eq_ignore_ascii_case("accept"));
    twin.fixed_headers
        .push(("Accept".to_owned(), "text/event-stream".to_owned()));
    let note = format!(
        "Sends the request of [`{}`](Self::{}) asking for the response as server-sent events \
         (`Accept: text/event-stream`) and returns them as they arrive. An API that picks the \
         form of the response by a request field (`stream: true`) needs that set as well.",
        operation.fn_name, operation.fn_name
    );
    twin.description = Some(match &operation.description {
        Some(d) => format!("{d}\n\n{note}"),
        None => note,
    });
    twin
}

/// The struct of a multipart body: its fields as usual, but binary ones (and arrays of them)
/// typed as file uploads.
fn multipart_struct(
    types: &mut TypeBuilder,
    schema: &ReferenceOr<openapiv3::Schema>,
    hint: &str,
    pointer: &str,
) -> Result<Option<TypeRef>> {
    let Some(resolved) = types.resolve(schema).cloned() else {
        return Ok(None);
    };
    let Some((properties, required, _)) = object_parts(&resolved) else {
        return Ok(None);
    };
    let (properties, required) = (properties.clone(), required.to_vec());
    let name = types.claim(hint, &format!("multipart body at {pointer}"), pointer);
    let mut fields = types.fields(&name, &properties, &required, pointer)?;
    for field in &mut fields {
        let Some(prop) = properties.get(&field.wire_name) else {
            continue;
        };
        let prop = prop.clone().unbox();
        let Some(prop) = types.resolve(&prop).cloned() else {
            continue;
        };
        if is_binary(&prop) {
            field.ty = TypeRef::Binary;
        } else if let openapiv3::SchemaKind::Type(openapiv3::Type::Array(a)) = &prop.schema_kind {
            let item = a.items.clone().map(ReferenceOr::unbox);
            if item
                .as_ref()
                .and_then(|i| types.resolve(i))
                .is_some_and(is_binary)
            {
                field.ty = TypeRef::Vec(Box::new(TypeRef::Binary));
            }
        }
    }
    types.push_def(TypeDef {
        name: name.clone(),
        doc: doc_text(resolved.schema_data.description.as_deref()),
        pointer: pointer.to_owned(),
        kind: TypeKind::Struct(fields),
        has_default: false,
    });
    Ok(Some(TypeRef::Named(name)))
}

/// `{name}` placeholders of a path template, in order.
pub fn template_names(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    out
}

fn response_type(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    op: &openapiv3::Operation,
    base: &str,
    pointer: &str,
) -> Result<(Option<TypeRef>, bool, Option<TypeRef>)> {
    let mut success: Vec<(&StatusCode, &ReferenceOr<Response>)> = op
        .responses
        .responses
        .iter()
        .filter(|(code, _)| match code {
            StatusCode::Code(c) => (200..300).contains(c),
            StatusCode::Range(r) => *r == 2,
        })
        .collect();
    success.sort_by_key(|(code, _)| match code {
        StatusCode::Code(c) => *c,
        StatusCode::Range(_) => 299,
    });
    let chosen = success
        .first()
        .map(|(code, r)| (code.to_string(), *r))
        .or_else(|| {
            op.responses
                .default
                .as_ref()
                .map(|r| ("default".to_owned(), r))
        });
    let Some((code, response)) = chosen else {
        return Ok((None, false, None));
    };
    let rp = format!("{pointer}/responses/{}", escape_pointer_segment(&code));
    let response = component(spec, response, "responses", |c| &c.responses, &rp)?;
    // Server-sent events: the schema, when there is one, describes one event's data (JSON);
    // a string schema, or none, leaves the data as text.
    let event_data = |types: &mut TypeBuilder| -> Result<Option<TypeRef>> {
        let Some((media, mt)) = response.content.iter().find(|(m, _)| is_event_stream(m)) else {
            return Ok(None);
        };
        let sp = format!("{rp}/content/{}/schema", escape_pointer_segment(media));
        Ok(Some(match &mt.schema {
            Some(s) => match types.resolve(s) {
                Some(resolved)
                    if matches!(
                        resolved.schema_kind,
                        openapiv3::SchemaKind::Type(openapiv3::Type::String(_))
                    ) =>
                {
                    TypeRef::String
                }
                _ => types.convert(s, &format!("{base}Event"), &sp)?,
            },
            None => TypeRef::String,
        }))
    };
    if let Some((media, mt)) = response.content.iter().find(|(m, _)| is_json(m)) {
        let sp = format!("{rp}/content/{}/schema", escape_pointer_segment(media));
        let json = match &mt.schema {
            Some(s) => types.convert(s, &format!("{base}Response"), &sp)?,
            None => TypeRef::Json,
        };
        // The same response may also be offered as a stream of events (`stream: true`).
        return Ok((Some(json), false, event_data(types)?));
    }
    if let Some(data) = event_data(types)? {
        return Ok((Some(data), true, None));
    }
    if response.content.is_empty() {
        return Ok((None, false, None));
    }
    let kinds: Vec<&String> = response.content.keys().collect();
    types.diagnostics.push(Diagnostic::note(
        Location::pointer(&rp),
        format!("response media type(s) {kinds:?} are returned as raw bytes (`Vec<u8>`)"),
    ));
    Ok((Some(TypeRef::Binary), false, None))
}

/// A list page (`data: [T]`, `has_more`) requested with a `starting_after` cursor can be walked.
fn pagination(
    types: &TypeBuilder,
    response: &Option<TypeRef>,
    params: &[Param],
    body: Option<&RequestBody>,
) -> Option<Pagination> {
    let page = types.struct_fields(response.as_ref()?.direct_named()?)?;
    let data = page.iter().find(|f| f.wire_name == "data")?;
    let TypeRef::Vec(item) = &data.ty else {
        return None;
    };
    page.iter()
        .find(|f| f.wire_name == "has_more" && f.ty == TypeRef::Bool)?;
    let item_fields = types.struct_fields(item.direct_named()?)?;
    let id = item_fields
        .iter()
        .find(|f| f.wire_name == "id" && f.ty == TypeRef::String)?;
    let is_cursor =
        |f: &Field| f.wire_name == "starting_after" && f.ty == TypeRef::String && !f.required;
    if let Some(p) = params
        .iter()
        .find(|p| p.location == ParamLocation::Query && is_cursor(&p.field))
    {
        return Some(Pagination {
            item: (**item).clone(),
            cursor_field: p.field.rust_name.clone(),
            cursor_in_body: false,
            item_id_required: id.required,
        });
    }
    let body_fields = types.struct_fields(body?.ty.direct_named()?)?;
    let cursor = body_fields.iter().find(|f| is_cursor(f))?;
    Some(Pagination {
        item: (**item).clone(),
        cursor_field: cursor.rust_name.clone(),
        cursor_in_body: true,
        item_id_required: id.required,
    })
}

/// The servers, named by `x-name`, an ASCII description, or their position.
pub fn servers(spec: &OpenAPI, diagnostics: &mut Vec<Diagnostic>) -> Vec<Server> {
    let mut names = NameScope::default();
    let mut out = Vec::new();
    for (i, s) in spec.servers.iter().enumerate() {
        let mut url = s.url.clone();
        if let Some(vars) = &s.variables {
            for (name, var) in vars {
                url = url.replace(&format!("{{{name}}}"), &var.default);
            }
        }
        let mut url = url.trim_end_matches('/').to_owned();
        let pointer = format!("#/servers/{i}");
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            // A relative server (`/api/v1`) is relative to wherever the document is served; the
            // client needs an absolute URL to start from, so it points at localhost until the
            // caller sets one.
            let absolute = if url.starts_with("//") {
                format!("https:{url}")
            } else {
                format!("http://localhost/{}", url.trim_start_matches('/'))
            };
            diagnostics.push(Diagnostic::warning(
                Location::pointer(&pointer),
                format!(
                    "server URL `{url}` is not absolute; the client defaults to `{}`: set the base URL when building the client",
                    absolute.trim_end_matches('/')
                ),
            ));
            url = absolute.trim_end_matches('/').to_owned();
        }
        let label = s
            .extensions
            .get("x-name")
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .or_else(|| {
                s.description
                    .clone()
                    .filter(|d| d.is_ascii() && d.split_whitespace().count() <= 3)
            })
            .unwrap_or_else(|| {
                if i == 0 {
                    "default".into()
                } else {
                    format!("server {i}")
                }
            });
        let const_name = names.claim(
            &label.to_shouty_snake_case(),
            "server",
            &Location::pointer(&pointer),
            diagnostics,
        );
        let key_prefixes = match s.extensions.get("x-key-prefix") {
            None => Vec::new(),
            Some(serde_json::Value::String(prefix)) => vec![prefix.clone()],
            Some(serde_json::Value::Array(items))
                if items.iter().all(serde_json::Value::is_string) =>
            {
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            }
            Some(_) => {
                diagnostics.push(Diagnostic::warning(
                    Location::pointer(format!("{pointer}/x-key-prefix")),
                    "`x-key-prefix` must be a string or a list of strings; ignored",
                ));
                Vec::new()
            }
        };
        let key_prefixes: Vec<String> =
            key_prefixes.into_iter().filter(|p| !p.is_empty()).collect();
        out.push(Server {
            const_name,
            url,
            doc: doc_text(s.description.as_deref()),
            key_prefixes,
        });
    }
    out
}

/// The credentials of the first security requirement (global, else the first operation's),
/// and an error for each scheme it names that cannot be used.
pub fn auth_schemes(
    spec: &OpenAPI,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<AuthScheme>, Vec<Error>) {
    let global = spec
        .security
        .as_ref()
        .and_then(|s| s.first().cloned())
        .map(|r| (r, "#/security/0".to_owned()));
    let requirement = global.or_else(|| {
        spec.paths.paths.iter().find_map(|(path, item)| {
            item.as_item()?.iter().find_map(|(method, op)| {
                let first = op.security.as_ref()?.first()?.clone();
                Some((
                    first,
                    format!(
                        "{}/{method}/security/0",
                        pointer_of(["paths", path.as_str()])
                    ),
                ))
            })
        })
    });
    let Some((requirement, requirement_pointer)) = requirement else {
        return (Vec::new(), Vec::new());
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for name in requirement.keys() {
        let pointer = format!(
            "#/components/securitySchemes/{}",
            escape_pointer_segment(name)
        );
        let Some(scheme) = spec
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name))
        else {
            errors.push(Error::UnresolvedRef {
                location: Location::pointer(format!(
                    "{requirement_pointer}/{}",
                    escape_pointer_segment(name)
                )),
                reference: pointer.clone(),
            });
            continue;
        };
        let scheme = match component(
            spec,
            scheme,
            "securitySchemes",
            |c| &c.security_schemes,
            &pointer,
        ) {
            Ok(scheme) => scheme,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        out.push(match scheme {
            SecurityScheme::HTTP { scheme: s, .. } if s.eq_ignore_ascii_case("basic") => {
                AuthScheme::Basic {
                    scheme: name.clone(),
                }
            }
            SecurityScheme::HTTP { scheme: s, .. } if s.eq_ignore_ascii_case("bearer") => {
                AuthScheme::Bearer {
                    scheme: name.clone(),
                }
            }
            SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Header,
                name: header,
                ..
            } => AuthScheme::ApiKeyHeader {
                scheme: name.clone(),
                header: header.clone(),
            },
            SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Query,
                name: param,
                ..
            } => AuthScheme::ApiKeyQuery {
                scheme: name.clone(),
                param: param.clone(),
            },
            other => {
                diagnostics.push(Diagnostic::warning(
                    Location::pointer(&pointer),
                    format!(
                        "security scheme `{name}` ({}) is not supported as such; its token is sent as a bearer token",
                        match other {
                            SecurityScheme::OAuth2 { .. } => "oauth2".to_owned(),
                            SecurityScheme::OpenIDConnect { .. } => "openIdConnect".to_owned(),
                            SecurityScheme::HTTP { scheme, .. } => format!("http {scheme}"),
                            SecurityScheme::APIKey { .. } => "apiKey in a cookie".to_owned(),
                        }
                    ),
                ));
                AuthScheme::Bearer {
                    scheme: name.clone(),
                }
            }
        });
    }
    (out, errors)
}
