//! Paths → resources and operations: names, parameters, bodies, responses, pagination.

use indexmap::IndexMap;
use openapiv3::{
    MediaType, OpenAPI, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr,
    RequestBody as OaBody, Response, SecurityScheme, StatusCode,
};

use crate::error::{escape_pointer_segment, pointer_of, Error, Location, Result};
use crate::error::{Construct, Diagnostic, DiagnosticKind};
use crate::model::docs::{doc_text, join, not_implemented};
use crate::model::naming::{
    accessor_is_taken, const_name, escape_ident, handle_name, singular, snake_ident, snake_name,
    type_name, NameScope,
};
use crate::model::op_names::{
    name_from_path, name_from_path_as_written, name_from_summary, resource_name, restates_path,
    spelled_right,
};
use crate::model::path_template::TemplateQuery;
use crate::model::responses;
use crate::model::types::TypeBuilder;
use crate::model::{
    AuthScheme, BodyEncoding, Field, HttpMethod, NameHint, Operation, OperationParameterKind,
    Pagination, Param, PathParam, PathTemplate, QueryStyle as Style, RequestBody, Resource, Server,
    TypeDef, TypeId, TypeKind, TypeRef,
};
use crate::refs::follow as component;

/// Header names that carry an idempotency key: any name with `idempotency` in it (the IETF
/// draft's `Idempotency-Key`), and the names the settings add (`[idempotency] recognize`,
/// WePay's `Unique-Key`).
fn is_idempotency_header(name: &str, recognized: &[String]) -> bool {
    name.to_ascii_lowercase().contains("idempotency")
        || recognized.iter().any(|r| r.eq_ignore_ascii_case(name))
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

pub(super) fn is_json(media: &str) -> bool {
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

struct ResourceBuilder {
    type_name: String,
    handle_id: TypeId,
    doc: Option<String>,
    fn_names: NameScope,
    operations: Vec<Operation>,
}

/// One operation of the spec and where it is: the input of every stage below.
struct Route<'s> {
    method: HttpMethod,
    path: &'s PathTemplate,
    op: &'s openapiv3::Operation,
    /// JSON pointer of the operation (`#/paths/~1v1~1disputes/get`).
    pointer: String,
}

impl Route<'_> {
    /// `GET /v1/disputes`, for messages.
    fn label(&self) -> String {
        format!("`{} {}`", self.method, self.path)
    }
}

/// Builds every operation, grouped into resources in first-seen order; the errors of an
/// operation go to `types.errors` and the others are still built.
///
/// Each operation goes through named stages: its resource ([`resource_entry`]), its name
/// ([`operation_name`]), then [`build_operation`]: references resolved, the body's media type
/// chosen, parameters gathered, the body and the responses typed, pagination recognised.
pub fn build_resources(spec: &OpenAPI, types: &mut TypeBuilder) -> Vec<Resource> {
    let mut resources: IndexMap<String, ResourceBuilder> = IndexMap::new();
    for (path, item) in &spec.paths.paths {
        let item_pointer = pointer_of(["paths", path.as_str()]);
        let ReferenceOr::Item(item) = item else {
            types.diagnostics.push(
                Diagnostic::warning(
                    Location::pointer(&item_pointer),
                    "path item `$ref`s are not supported; the path is skipped",
                )
                .with_kind(DiagnosticKind::Unsupported(Construct::PathItemRef)),
            );
            continue;
        };
        let template = PathTemplate::parse(path);
        for (method, op) in item.iter() {
            let Some(method) = HttpMethod::parse(method) else {
                continue;
            };
            let route = Route {
                method,
                path: &template,
                op,
                pointer: format!("{item_pointer}/{}", method.as_lower()),
            };
            let resource = resource_entry(spec, types, &mut resources, &route);
            let Some(builder) = resources.get_mut(&resource) else {
                continue;
            };
            let (fn_name, type_base) = operation_name(spec, types, builder, &resource, &route);
            match build_operation(spec, types, &route, &item.parameters, fn_name, type_base) {
                Ok(Some(operation)) => builder.operations.push(operation),
                Ok(None) => {}
                Err(error) => types.errors.push(error),
            }
        }
    }
    add_stream_twins(&mut resources, types.diagnostics);
    resources
        .into_iter()
        .filter(|(_, r)| !r.operations.is_empty())
        .map(|(name, r)| Resource {
            fn_name: escape_ident(&name),
            type_name: r.type_name,
            handle_id: r.handle_id,
            doc: r.doc,
            operations: r.operations,
        })
        .collect()
}

/// The resource of `route`'s operation (its accessor name), its handle registered on first
/// sight.
fn resource_entry(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    resources: &mut IndexMap<String, ResourceBuilder>,
    route: &Route,
) -> String {
    let op = route.op;
    let mut resource = resource_name(op, route.path);
    // A resource's accessor is a method of `Client`, beside the runtime's own.
    let shadowed = accessor_is_taken(&resource);
    if shadowed {
        resource = format!("{resource}_resource");
    }
    if resources.contains_key(&resource) {
        return resource;
    }
    if shadowed {
        let own = resource.trim_end_matches("_resource");
        types.diagnostics.push(Diagnostic::note(
            Location::pointer(&route.pointer),
            format!(
                "the accessor of resource `{own}` is named `{resource}`: `Client::{own}` is the client's own method"
            ),
        ).with_kind(DiagnosticKind::NameCollision));
    }
    // Handles share the crate's namespace with the schema types (both are re-exported at the
    // root): every handle is `<Accessor>Resource`.
    let desired = handle_name(&resource);
    let (handle_id, tname) = types.request_name(
        NameHint::place(desired),
        format!("resource `{resource}`"),
        &route.pointer,
        false,
    );
    let tag_doc = op
        .tags
        .first()
        .and_then(|t| spec.tags.iter().find(|x| x.name == *t))
        .and_then(|t| doc_text(t.description.as_deref()));
    resources.insert(
        resource.clone(),
        ResourceBuilder {
            type_name: tname,
            handle_id,
            doc: tag_doc,
            fn_names: NameScope::with_reserved(
                &["new", "client", "with_options", "idempotency_key"],
                "the resource handle",
            ),
            operations: Vec::new(),
        },
    );
    resource
}

/// The naming stage: the operation's method name in its resource and the base of its types'
/// names, from the summary, else the operationId, else the method and the path's shape.
fn operation_name(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    builder: &mut ResourceBuilder,
    resource: &str,
    route: &Route,
) -> (String, String) {
    let (op, method, path) = (route.op, route.method, route.path);
    let from_path = |types: &TypeBuilder| {
        name_from_path(method, path, resource, returns_list(spec, types, route))
    };
    let summary = op
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let from_summary = summary.and_then(|s| name_from_summary(s, resource));
    let named_by_summary = from_summary.is_some();
    let (desired, base) = match from_summary {
        Some(pair) => pair,
        None => {
            let n = match op.operation_id.as_deref() {
                // `PostDisputesDisputeClose` only spells method and path: the path names it
                // better (`close`).
                Some(id) if restates_path(id, method, path) => from_path(types),
                Some(id) => snake_name(id),
                None => from_path(types),
            };
            (n.clone(), type_base_for(&n, resource))
        }
    };
    let location = Location::pointer(&route.pointer);
    let (fn_name, base) = if builder.fn_names.is_free(&desired) {
        let fn_name =
            builder
                .fn_names
                .claim(&desired, &route.label(), &location, types.diagnostics);
        (fn_name, base)
    } else {
        let path_name = from_path(types);
        let id_name = op
            .operation_id
            .as_deref()
            .filter(|id| !restates_path(id, method, path))
            .map(snake_name);
        // Another operation of the resource has the name: a summary's name gives way to the
        // operationId's or the path's; a path's name to the path as written (`list_persons`
        // beside `list_people`), then to the operationId.
        let candidates = if named_by_summary {
            vec![
                op.operation_id.as_deref().map(snake_name),
                Some(path_name.clone()),
            ]
        } else {
            vec![
                by_template_query(&desired, path),
                Some(name_from_path_as_written(method, path, resource)),
                id_name,
            ]
        };
        let alternative = candidates
            .into_iter()
            .flatten()
            .find(|n| builder.fn_names.is_free(n))
            .unwrap_or(path_name);
        types.diagnostics.push(Diagnostic::warning(
            location.clone(),
            format!("operation name `{desired}` is already used in resource `{resource}`; this operation is named `{alternative}` instead (from its operationId or path)"),
        ).with_kind(DiagnosticKind::NameCollision));
        let fn_name =
            builder
                .fn_names
                .claim(&alternative, &route.label(), &location, types.diagnostics);
        // The types follow the name the operation got, so they do not collide in turn
        // (`AppendsChatMessage2` beside `append_chat_message`).
        let base = type_base_for(&fn_name, resource);
        (fn_name, base)
    };
    let base = if base.is_empty() {
        type_name(&format!("{fn_name} {resource}"))
    } else {
        base
    };
    (fn_name, base)
}

/// `<name>_by_<keys>` for an operation whose path template carries a query string
/// (`GET /current?city={city}` beside `GET /current?lat={lat}&lon={lon}`: `retrieve_by_city`).
fn by_template_query(name: &str, path: &PathTemplate) -> Option<String> {
    let keys: Vec<String> = path
        .query()
        .iter()
        .filter_map(|pair| match pair {
            TemplateQuery::Param { key, .. } => Some(snake_name(key)),
            TemplateQuery::Constant { .. } => None,
        })
        .collect();
    (!keys.is_empty()).then(|| format!("{name}_by_{}", keys.join("_")))
}

/// The base of the type names of an operation named `n` in `resource`: `CreateCall` for
/// `create_call` in resource `call`, `ListDisputes` for `list` in `disputes`.
fn type_base_for(n: &str, resource: &str) -> String {
    let noun = if n.starts_with("list") {
        resource.to_owned()
    } else {
        singular(resource)
    };
    // `create_call` in resource `call` is `CreateCall`, not `CreateCallCall`.
    let says_noun = {
        let words: Vec<String> = n.split('_').map(singular).collect();
        noun.split('_').all(|w| words.contains(&singular(w))) && singular(n) != singular(resource)
    };
    if says_noun {
        type_name(n)
    } else {
        type_name(&format!("{n} {noun}"))
    }
}

/// Whether the operation's first success response is a collection: a JSON array, or a page
/// whose `data` is one (`{"object": "list", "data": [...]}`); `None` when it has no JSON
/// schema to tell.
fn returns_list(spec: &OpenAPI, types: &TypeBuilder, route: &Route) -> Option<bool> {
    let (code, response) = success_response(route.op)?;
    let rp = format!("{}/responses/{code}", route.pointer);
    let response = component(spec, response, "responses", |c| &c.responses, &rp).ok()?;
    let (_, media) = response.content.iter().find(|(m, _)| is_json(m))?;
    let schema = types.resolve(media.schema.as_ref()?)?;
    let is_array = |s: &openapiv3::Schema| {
        matches!(
            s.schema_kind,
            openapiv3::SchemaKind::Type(openapiv3::Type::Array(_))
        )
    };
    if is_array(schema) {
        return Some(true);
    }
    let Some((properties, _, _)) = object_parts(schema) else {
        return Some(false);
    };
    Some(
        properties
            .get("data")
            .is_some_and(|data| types.resolve(&data.clone().unbox()).is_some_and(is_array)),
    )
}

/// The streaming twins: an operation whose response is also offered as server-sent events
/// gets a `<name>_stream` method, named after every operation (a name the spec gives an
/// operation wins over a derived one).
fn add_stream_twins(
    resources: &mut IndexMap<String, ResourceBuilder>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (resource, builder) in resources.iter_mut() {
        let mut operations = Vec::with_capacity(builder.operations.len());
        for operation in std::mem::take(&mut builder.operations) {
            let twin = operation.stream_alternative.clone().and_then(|event| {
                let desired = format!("{}_stream", operation.fn_name.stem());
                let location = Location::pointer(&operation.pointer);
                if builder.fn_names.is_free(&desired) {
                    let name = builder.fn_names.claim(
                        &desired,
                        &format!(
                            "`{} {}` as server-sent events",
                            operation.method, operation.path
                        ),
                        &location,
                        diagnostics,
                    );
                    Some(stream_twin(&operation, escape_ident(&name), event))
                } else {
                    diagnostics.push(Diagnostic::warning(
                        location,
                        format!("the response is also offered as server-sent events, but `{desired}` is already used in resource `{resource}`; only the JSON form is generated"),
                    ).with_kind(DiagnosticKind::NameCollision));
                    None
                }
            });
            operations.push(operation);
            operations.extend(twin);
        }
        builder.operations = operations;
    }
}

/// The operation's request body as the spec offers it, after the media-type choice.
struct ChosenBody {
    /// The media type as written (`application/json`).
    media: String,
    encoding: BodyEncoding,
    required: bool,
    /// The chosen content's media type object.
    content: MediaType,
    /// Pointer of its schema.
    schema_pointer: String,
}

/// The query and header parameters gathered from the spec, the path parameters as declared
/// (not yet in template order), and the headers the parameters fix.
#[derive(Default)]
struct Parameters {
    path: Vec<PathParam>,
    fields: Vec<Param>,
    fixed_headers: Vec<(String, String)>,
    idempotency_header: Option<String>,
    field_names: NameScope,
}

/// Builds one operation through its stages; `Ok(None)` when it cannot be generated (with a
/// warning), `Err` with every independent error of its parameters, body and responses.
fn build_operation(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    route: &Route,
    path_level: &[ReferenceOr<Parameter>],
    fn_name: String,
    type_base: String,
) -> Result<Option<Operation>> {
    let (op, pointer) = (route.op, route.pointer.as_str());
    // Every independent error of the operation (one per parameter, body and response) is
    // kept; the operation is built only without any.
    let mut errors: Vec<Error> = Vec::new();
    // Resolve: parameters and the request body.
    let resolved = resolve_parameters(spec, route, path_level, &mut errors);
    let chosen = resolve_request_body(spec, route, &mut errors)
        .and_then(|rb| choose_body(types, route, &fn_name, rb));
    // Parameters: path, query (with the template's query string) and header.
    let body_media = chosen.as_ref().map(|c| c.media.as_str());
    let mut parameters = gather_parameters(types, &resolved, body_media, &type_base, &mut errors);
    let Some(fixed_query) = template_query(
        route.path,
        pointer,
        &mut parameters.path,
        &mut parameters.fields,
        &mut parameters.field_names,
        types.diagnostics,
    ) else {
        return Ok(None);
    };
    let path_params = order_path_params(types, route, std::mem::take(&mut parameters.path));
    let inline_body = chosen
        .as_ref()
        .is_some_and(|c| !matches!(c.content.schema, Some(ReferenceOr::Reference { .. })));
    let params_type = params_struct(
        types,
        route,
        &fn_name,
        &type_base,
        &parameters.fields,
        inline_body,
    );
    // Body.
    let mut body = None;
    if let Some(chosen) = chosen {
        let hint = if parameters.fields.is_empty() {
            type_base.clone()
        } else {
            format!("{type_base}Body")
        };
        match body_type(types, chosen, &hint, &fn_name, errors.is_empty()) {
            Ok(Some(b)) => body = Some(b),
            Ok(None) => return Ok(None),
            Err(error) => errors.push(error),
        }
    }
    // Responses.
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
    // Every documented success status when they differ; the documented errors with a body.
    let streamed = event_stream || stream_alternative.is_some();
    let success_enum = (!streamed)
        .then(|| responses::success_enum(spec, types, op, &type_base, pointer, response.as_ref()))
        .flatten();
    let errors = responses::errors(spec, types, op, &type_base, pointer);
    let mut fixed_headers = parameters.fixed_headers;
    accept_headers(
        &mut fixed_headers,
        event_stream,
        stream_alternative.is_some(),
    );
    // Pagination.
    let raw_body = body
        .as_ref()
        .is_some_and(|b| matches!(b.encoding, BodyEncoding::Binary | BodyEncoding::Text));
    let pagination = if event_stream || raw_body || success_enum.is_some() {
        None
    } else {
        pagination(types, &response, &parameters.fields, body.as_ref())
    };
    Ok(Some(Operation {
        fn_name: escape_ident(&fn_name),
        type_base,
        // Docs spell the summary right (`Retreive a Session` → `Retrieve a Session`); the
        // normalized document keeps it as exported.
        summary: op
            .summary
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| doc_text(Some(&spelled_right(s)))),
        description: doc_text(op.description.as_deref()),
        method: route.method,
        path: route.path.clone(),
        pointer: pointer.to_owned(),
        deprecated: op.deprecated,
        path_params,
        params: parameters.fields,
        params_type,
        fixed_headers,
        fixed_query,
        body,
        response,
        event_stream,
        stream_alternative,
        stream_of: None,
        success_enum,
        errors,
        pagination,
        idempotency_header: parameters.idempotency_header,
        body_also_as_query: false,
    }))
}

/// The resolve stage for parameters: path-level ones, then the operation's, which override
/// path-level ones of the same name and place; each with its pointer.
fn resolve_parameters<'s>(
    spec: &'s OpenAPI,
    route: &Route<'s>,
    path_level: &'s [ReferenceOr<Parameter>],
    errors: &mut Vec<Error>,
) -> Vec<(&'s Parameter, String)> {
    let pointer = route.pointer.as_str();
    let mut params: Vec<(&Parameter, String)> = Vec::new();
    let item_pointer = pointer.rsplit_once('/').map_or(pointer, |(a, _)| a);
    for (i, p) in path_level.iter().enumerate() {
        let pp = format!("{item_pointer}/parameters/{i}");
        match component(spec, p, "parameters", |c| &c.parameters, &pp) {
            Ok(resolved) => params.push((resolved, pp)),
            Err(error) => errors.push(error),
        }
    }
    for (i, p) in route.op.parameters.iter().enumerate() {
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
    params
}

/// The resolve stage for the request body.
fn resolve_request_body<'s>(
    spec: &'s OpenAPI,
    route: &Route<'s>,
    errors: &mut Vec<Error>,
) -> Option<&'s OaBody> {
    let bp = format!("{}/requestBody", route.pointer);
    let rb = route.op.request_body.as_ref()?;
    match component(spec, rb, "requestBodies", |c| &c.request_bodies, &bp) {
        Ok(rb) => Some(rb),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// The body's media type: JSON first, then forms, multipart, text; any other media type is
/// raw bytes. `None` (with a note) for a body that says nothing: Apifox's empty object
/// schemas, and undocumented raw bodies on methods whose bodies mean nothing.
fn choose_body(
    types: &mut TypeBuilder,
    route: &Route,
    fn_name: &str,
    rb: &OaBody,
) -> Option<ChosenBody> {
    let (media, mt) = rb
        .content
        .iter()
        .find(|(m, _)| is_json(m))
        .or_else(|| rb.content.iter().find(|(m, _)| is_form(m)))
        .or_else(|| rb.content.iter().find(|(m, _)| is_multipart(m)))
        .or_else(|| rb.content.iter().find(|(m, _)| is_text(m)))
        .or_else(|| rb.content.iter().next())?;
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
    let schema_pointer = format!(
        "{}/requestBody/content/{}/schema",
        route.pointer,
        escape_pointer_segment(media)
    );
    let method = route.method;
    let bodiless_method = matches!(
        method,
        HttpMethod::Get | HttpMethod::Head | HttpMethod::Delete | HttpMethod::Options
    );
    let structured = matches!(
        encoding,
        BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart
    );
    let says_nothing = if structured {
        // Apifox exports "no body" as an empty object schema, even on GET; sending `{}` (or
        // an empty form) would only confuse servers and callers.
        let empty = mt
            .schema
            .as_ref()
            .and_then(|s| types.resolve(s))
            .and_then(object_parts)
            .is_some_and(|(props, _, open)| props.is_empty() && !open);
        (empty && (bodiless_method || encoding != BodyEncoding::Json)).then(|| {
            format!("the {media} request body declares no fields; `{fn_name}` sends no body")
        })
    } else {
        // Apifox pages also declare an optional raw body on some GETs that says nothing at
        // all (`text/plain` with a bare `type: string`): HTTP gives a GET body no meaning, so
        // it is not asked for. A raw body that is required, or documented (description,
        // example, format, enum), is sent on any method.
        (!rb.required && bodiless_method && undocumented_raw(types, rb, mt)).then(|| {
            format!(
                "the optional {media} request body of a {method} declares nothing; `{fn_name}` sends no body"
            )
        })
    };
    if let Some(note) = says_nothing {
        types.diagnostics.push(
            Diagnostic::note(Location::pointer(&schema_pointer), note)
                .with_kind(DiagnosticKind::EmptyBody),
        );
        return None;
    }
    Some(ChosenBody {
        media: media.clone(),
        encoding,
        required: rb.required,
        content: mt.clone(),
        schema_pointer,
    })
}

/// Whether a raw body documents nothing: no description, example, or schema beyond a bare
/// `type: string`.
fn undocumented_raw(types: &TypeBuilder, rb: &OaBody, mt: &MediaType) -> bool {
    rb.description
        .as_deref()
        .is_none_or(|d| d.trim().is_empty())
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
        })
}

/// The parameters stage: each resolved parameter typed and placed (path argument, query or
/// header field, fixed header, idempotency header); errors collected per parameter.
fn gather_parameters(
    types: &mut TypeBuilder,
    resolved: &[(&Parameter, String)],
    body_media: Option<&str>,
    type_base: &str,
    errors: &mut Vec<Error>,
) -> Parameters {
    let mut out = Parameters::default();
    for (p, pp) in resolved {
        let data = p.parameter_data_ref();
        let schema = match &data.format {
            ParameterSchemaOrContent::Schema(s) => Some(s.clone()),
            ParameterSchemaOrContent::Content(c) => {
                c.values().next().and_then(|m: &MediaType| m.schema.clone())
            }
        };
        let hint = format!("{type_base}{}", type_name(&data.name));
        let kind = match p {
            Parameter::Path { .. } => OperationParameterKind::Path,
            Parameter::Query { style, .. } => {
                let explode = data.explode.unwrap_or(matches!(style, QueryStyle::Form));
                let style = match style {
                    QueryStyle::Form => Style::Form,
                    QueryStyle::DeepObject => Style::DeepObject,
                    QueryStyle::SpaceDelimited => Style::SpaceDelimited,
                    QueryStyle::PipeDelimited => Style::PipeDelimited,
                };
                OperationParameterKind::Query { style, explode }
            }
            Parameter::Header { .. } => {
                let resolved = schema.as_ref().and_then(|s| types.resolve(s));
                match header_policy(data, resolved, body_media, &types.conventions) {
                    HeaderUse::Field => OperationParameterKind::Header,
                    HeaderUse::Fixed(value) => {
                        out.fixed_headers.push((data.name.clone(), value));
                        continue;
                    }
                    HeaderUse::Idempotency => {
                        out.idempotency_header = Some(data.name.clone());
                        continue;
                    }
                    HeaderUse::Dropped(note) => {
                        if let Some(note) = note {
                            types.diagnostics.push(
                                Diagnostic::note(Location::pointer(pp), note)
                                    .with_kind(DiagnosticKind::ClientHeader),
                            );
                        }
                        continue;
                    }
                }
            }
            Parameter::Cookie { .. } => {
                types.diagnostics.push(
                    Diagnostic::warning(
                        Location::pointer(pp),
                        format!(
                            "cookie parameter `{}` is not supported and is not sent",
                            data.name
                        ),
                    )
                    .with_kind(DiagnosticKind::Unsupported(Construct::CookieParameter)),
                );
                continue;
            }
        };
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
        if kind == OperationParameterKind::Path {
            out.path.push(PathParam {
                rust_name: escape_ident(&snake_name(&data.name)),
                wire_name: data.name.clone(),
                ty,
                doc: join(&[
                    doc_text(data.description.as_deref()),
                    not_implemented(&data.extensions),
                ]),
            });
            continue;
        }
        let rust = out.field_names.claim(
            &snake_name(&data.name),
            "parameter",
            &Location::pointer(pp),
            types.diagnostics,
        );
        out.fields.push(Param {
            field: Field {
                rust_name: escape_ident(&rust),
                wire_name: data.name.clone(),
                ty,
                required: data.required,
                doc: join(&[
                    doc_text(data.description.as_deref()),
                    not_implemented(&data.extensions),
                ]),
                deprecated: data.deprecated.unwrap_or(false),
                integer_wire: None,
            },
            kind,
        });
    }
    out
}

/// What a declared header parameter becomes.
enum HeaderUse {
    /// A field of the parameters struct.
    Field,
    /// A header sent with a fixed value.
    Fixed(String),
    /// The operation's idempotency header.
    Idempotency,
    /// Not sent by the operation (with a note, or silently).
    Dropped(Option<&'static str>),
}

/// The header policy: `Accept` and `Content-Type` are fixed (the latter to the body's media
/// type; without a body only when the `content_type_without_body` convention says so, with
/// its declared value: Apifox exports declare one on every operation), an idempotency header
/// is the client's, `Authorization` comes from the credentials, and a header with a default
/// or a single allowed value is fixed to it.
fn header_policy(
    data: &openapiv3::ParameterData,
    resolved: Option<&openapiv3::Schema>,
    body_media: Option<&str>,
    conventions: &super::ModelConventions,
) -> HeaderUse {
    if is_idempotency_header(&data.name, &conventions.idempotency_headers) {
        return HeaderUse::Idempotency;
    }
    let lower = data.name.to_ascii_lowercase();
    let example = data
        .example
        .as_ref()
        .and_then(|v| v.as_str().map(str::to_owned));
    let default = resolved
        .and_then(|s| s.schema_data.default.as_ref())
        .and_then(|v| v.as_str().map(str::to_owned));
    let single_enum = resolved.and_then(|s| match &s.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::String(st)) if st.enumeration.len() == 1 => {
            st.enumeration[0].clone()
        }
        _ => None,
    });
    let fixed = match lower.as_str() {
        "accept" => Some(
            example
                .or(default)
                .or(single_enum)
                .unwrap_or_else(|| "application/json".into()),
        ),
        "content-type" => match body_media {
            Some(media) => Some(media.to_owned()),
            None if conventions.content_type_without_body => example.or(default).or(single_enum),
            None => return HeaderUse::Dropped(None),
        },
        "authorization" => {
            return HeaderUse::Dropped(Some(
                "the Authorization header is set by the client from its credentials",
            ))
        }
        _ => default.or(single_enum),
    };
    match fixed {
        Some(value) => HeaderUse::Fixed(value),
        None => HeaderUse::Field,
    }
}

/// Path parameters in template order; template names without a declaration are strings, and
/// declared ones the template lacks are ignored, each with a warning. Argument names are
/// unique and clear of the generated arguments.
fn order_path_params(
    types: &mut TypeBuilder,
    route: &Route,
    mut declared: Vec<PathParam>,
) -> Vec<PathParam> {
    let location = Location::pointer(&route.pointer);
    let mut ordered = Vec::new();
    for name in route.path.param_names() {
        match declared.iter().position(|p| p.wire_name == name) {
            Some(i) => ordered.push(declared.remove(i)),
            None => {
                types.diagnostics.push(
                    Diagnostic::warning(
                        location.clone(),
                        format!(
                            "path parameter `{{{name}}}` is not declared; it is taken as a string"
                        ),
                    )
                    .with_kind(DiagnosticKind::PathParameter),
                );
                ordered.push(PathParam {
                    rust_name: escape_ident(&snake_name(name)),
                    wire_name: name.to_owned(),
                    ty: TypeRef::String,
                    doc: None,
                });
            }
        }
    }
    for extra in declared {
        types.diagnostics.push(
            Diagnostic::warning(
                location.clone(),
                format!(
                    "path parameter `{}` is declared but not in the path template; it is ignored",
                    extra.wire_name
                ),
            )
            .with_kind(DiagnosticKind::PathParameter),
        );
    }
    let mut arg_names =
        NameScope::with_reserved(&["params", "body", "self"], "a generated argument");
    for p in &mut ordered {
        let claimed = arg_names.claim(
            p.rust_name.as_str(),
            "path parameter",
            &location,
            types.diagnostics,
        );
        if claimed != p.rust_name.as_str() {
            p.rust_name = escape_ident(&claimed);
        }
    }
    ordered
}

/// The struct of the query and header parameters (`<Base>Params` beside an inline body,
/// else `<Base>`), when there are any.
fn params_struct(
    types: &mut TypeBuilder,
    route: &Route,
    fn_name: &str,
    type_base: &str,
    fields: &[Param],
    inline_body: bool,
) -> Option<TypeId> {
    if fields.is_empty() {
        return None;
    }
    let desired = if inline_body {
        format!("{type_base}Params")
    } else {
        type_base.to_owned()
    };
    let (id, name) = types.request_name(
        NameHint::place(desired),
        format!("parameters of {}", route.label()),
        &route.pointer,
        false,
    );
    types.push_def(TypeDef {
        id,
        name,
        doc: Some(format!(
            "Query and header parameters of [`{fn_name}`](crate::resources)."
        )),
        pointer: format!("{}/parameters", route.pointer),
        kind: TypeKind::Struct(fields.iter().map(|p| p.field.clone()).collect()),
        has_default: false,
    });
    Some(id)
}

/// The body stage: the chosen body typed by its encoding. `Ok(None)` (with a warning) for a
/// multipart body that is not an object: the operation is not generated.
fn body_type(
    types: &mut TypeBuilder,
    chosen: ChosenBody,
    hint: &str,
    fn_name: &str,
    no_errors_yet: bool,
) -> Result<Option<RequestBody>> {
    let sp = &chosen.schema_pointer;
    let ty = match (&chosen.content.schema, chosen.encoding) {
        (Some(s), BodyEncoding::Multipart) => match multipart_struct(types, s, hint, sp)
            .transpose()
            .or_else(|| single_file_part(types, s, &chosen.content, hint, sp).map(Ok))
            .transpose()?
        {
            Some(ty) => ty,
            None if no_errors_yet => {
                types.diagnostics.push(Diagnostic::warning(
                    Location::pointer(sp),
                    format!("a multipart body must be an object schema; operation `{fn_name}` is not generated"),
                ).with_kind(DiagnosticKind::Unsupported(Construct::MultipartBody)));
                return Ok(None);
            }
            None => TypeRef::Json,
        },
        (_, BodyEncoding::Binary) => TypeRef::Binary,
        (_, BodyEncoding::Text) => TypeRef::String,
        (Some(s), _) => types.convert(s, hint, sp)?,
        (None, _) => TypeRef::Json,
    };
    let example = body_example(types, &chosen);
    Ok(Some(RequestBody {
        ty,
        encoding: chosen.encoding,
        media_type: chosen.media,
        required: chosen.required,
        example,
    }))
}

/// The body's example as the spec gives it: the media type's `example`, else its first
/// `examples` entry with a value, else the schema's own `example`.
fn body_example(types: &TypeBuilder, chosen: &ChosenBody) -> Option<serde_json::Value> {
    let content = &chosen.content;
    if let Some(example) = &content.example {
        return Some(example.clone());
    }
    let from_examples = content.examples.values().find_map(|e| {
        crate::refs::follow(types.spec, e, "examples", |c| &c.examples, "")
            .ok()?
            .value
            .clone()
    });
    if from_examples.is_some() {
        return from_examples;
    }
    types
        .resolve(content.schema.as_ref()?)?
        .schema_data
        .example
        .clone()
}

/// `Accept` for a response read as events, or for the JSON method of a response offered both
/// as JSON and as events (so a server that picks the form by `Accept` does not stream to it);
/// a declared `Accept` wins.
fn accept_headers(
    fixed_headers: &mut Vec<(String, String)>,
    event_stream: bool,
    stream_alternative: bool,
) {
    if fixed_headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("accept"))
    {
        return;
    }
    if event_stream {
        fixed_headers.push(("Accept".to_owned(), "text/event-stream".to_owned()));
    } else if stream_alternative {
        fixed_headers.push(("Accept".to_owned(), "application/json".to_owned()));
    }
}

/// The query string written into a path template, split into query parameters: a placeholder
/// (`lat={lat}`) is the declared query parameter of that name, or the declared path
/// parameter of the placeholder's name moved to the query, or else a string; a constant pair
/// (`units=metric`) is returned to be sent on every call. `None` (with a warning) when a pair
/// cannot be read: the operation is not generated rather than sent to a wrong URL.
fn template_query(
    path: &PathTemplate,
    pointer: &str,
    path_params: &mut Vec<PathParam>,
    fields: &mut Vec<Param>,
    field_names: &mut NameScope,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<(String, String)>> {
    if !path.has_query() {
        return Some(Vec::new());
    }
    let path_pointer = pointer.rsplit_once('/').map_or(pointer, |(a, _)| a);
    if let Some(error) = path.query_error() {
        diagnostics.push(Diagnostic::warning(
            Location::pointer(path_pointer),
            format!(
                "the path template has a query string whose pair `{}` cannot be split into a query parameter ({}); the operation is not generated",
                error.pair, error.reason
            ),
        ).with_kind(DiagnosticKind::QueryInPath));
        return None;
    }
    let mut fixed = Vec::new();
    for pair in path.query() {
        match pair {
            TemplateQuery::Constant { key, value } => {
                if fields
                    .iter()
                    .any(|p| p.is_query() && p.field.wire_name == *key)
                {
                    diagnostics.push(Diagnostic::note(
                        Location::pointer(path_pointer),
                        format!("`{key}={value}` in the path template is also a declared query parameter; the parameter is sent instead"),
                    ).with_kind(DiagnosticKind::QueryInPath));
                } else {
                    fixed.push((key.clone(), value.clone()));
                }
            }
            TemplateQuery::Param { key, param } => {
                let declared = fields.iter_mut().find(|p| {
                    p.is_query() && (p.field.wire_name == *key || p.field.wire_name == *param)
                });
                if let Some(declared) = declared {
                    declared.field.wire_name = key.clone();
                    continue;
                }
                let (ty, doc) = match path_params.iter().position(|p| p.wire_name == *param) {
                    Some(i) => {
                        let p = path_params.remove(i);
                        (p.ty, p.doc)
                    }
                    None => {
                        diagnostics.push(Diagnostic::warning(
                            Location::pointer(pointer),
                            format!("query parameter `{{{param}}}` of the path template is not declared; it is taken as a string"),
                        ).with_kind(DiagnosticKind::PathParameter));
                        (TypeRef::String, None)
                    }
                };
                let rust = field_names.claim(
                    &snake_name(key),
                    "parameter",
                    &Location::pointer(pointer),
                    diagnostics,
                );
                fields.push(Param {
                    field: Field {
                        rust_name: escape_ident(&rust),
                        wire_name: key.clone(),
                        ty,
                        required: true,
                        doc,
                        deprecated: false,
                        integer_wire: None,
                    },
                    kind: OperationParameterKind::Query {
                        style: Style::Form,
                        explode: true,
                    },
                });
            }
        }
    }
    Some(fixed)
}

/// The streaming twin of `operation`, whose response is offered both as JSON and as
/// server-sent events (`text/event-stream`): the same request sent with
/// `Accept: text/event-stream`, returning the stream of events; named `<name>_stream`.
fn stream_twin(
    operation: &Operation,
    fn_name: crate::model::RustIdent,
    event: TypeRef,
) -> Operation {
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
    let (id, name) = types.request_name(
        NameHint::place(hint),
        format!("multipart body at {pointer}"),
        pointer,
        false,
    );
    let mut fields = types.within(id, |t| t.fields(&name, &properties, &required, pointer))?;
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
        id,
        name,
        doc: join(&[
            doc_text(resolved.schema_data.description.as_deref()),
            not_implemented(&resolved.schema_data.extensions),
        ]),
        pointer: pointer.to_owned(),
        kind: TypeKind::Struct(fields),
        has_default: false,
    });
    Ok(Some(TypeRef::Named(id)))
}

/// A multipart body whose schema is one file (`type: string, format: binary`, or any value)
/// rather than an object of parts: a struct of one required file part, named by the media
/// type's one `encoding` entry, else `file` (what such APIs expect: Jira's attachments), with a
/// warning saying so. `None` for any other schema.
fn single_file_part(
    types: &mut TypeBuilder,
    schema: &ReferenceOr<openapiv3::Schema>,
    content: &openapiv3::MediaType,
    hint: &str,
    pointer: &str,
) -> Option<TypeRef> {
    let resolved = types.resolve(schema)?.clone();
    let any = matches!(
        crate::model::types::shape_of(&resolved),
        crate::model::types::Shape::Any
    ) && !matches!(resolved.schema_kind, openapiv3::SchemaKind::Not { .. });
    if !is_binary(&resolved) && !any {
        return None;
    }
    let part = match content.encoding.keys().collect::<Vec<_>>().as_slice() {
        [one] => (*one).clone(),
        _ => "file".to_owned(),
    };
    types.diagnostics.push(
        Diagnostic::warning(
            Location::pointer(pointer),
            format!("a multipart body should be an object of parts; this one is a file, sent as the part `{part}`"),
        )
        .with_kind(DiagnosticKind::Unsupported(Construct::MultipartBody)),
    );
    let (id, name) = types.request_name(
        NameHint::place(hint),
        format!("multipart body at {pointer}"),
        pointer,
        false,
    );
    let field = Field {
        rust_name: snake_ident(&part),
        wire_name: part.clone(),
        ty: TypeRef::Binary,
        required: true,
        doc: Some(format!("The file, sent as the multipart part `{part}`.")),
        deprecated: false,
        integer_wire: None,
    };
    types.push_def(TypeDef {
        id,
        name,
        doc: join(&[
            doc_text(resolved.schema_data.description.as_deref()),
            not_implemented(&resolved.schema_data.extensions),
        ]),
        pointer: pointer.to_owned(),
        kind: TypeKind::Struct(vec![field]),
        has_default: false,
    });
    Some(TypeRef::Named(id))
}

/// The response an operation's call decodes: the lowest 2xx status, else `default`; with its
/// status as written (`200`, `2XX`, `default`).
fn success_response(op: &openapiv3::Operation) -> Option<(String, &ReferenceOr<Response>)> {
    let success = op
        .responses
        .responses
        .iter()
        .filter(|(code, _)| match code {
            StatusCode::Code(c) => (200..300).contains(c),
            StatusCode::Range(r) => *r == 2,
        })
        .min_by_key(|(code, _)| match code {
            StatusCode::Code(c) => *c,
            StatusCode::Range(_) => 299,
        });
    success.map(|(code, r)| (code.to_string(), r)).or_else(|| {
        op.responses
            .default
            .as_ref()
            .map(|r| ("default".to_owned(), r))
    })
}

/// The responses stage: the type the call decodes, whether the response is a stream of
/// server-sent events, and the type of one event when JSON is also offered as events.
fn response_type(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    op: &openapiv3::Operation,
    base: &str,
    pointer: &str,
) -> Result<(Option<TypeRef>, bool, Option<TypeRef>)> {
    let Some((code, response)) = success_response(op) else {
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
    types.diagnostics.push(
        Diagnostic::note(
            Location::pointer(&rp),
            format!("response media type(s) {kinds:?} are returned as raw bytes (`Vec<u8>`)"),
        )
        .with_kind(DiagnosticKind::RawResponse),
    );
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
    if let Some(p) = params.iter().find(|p| p.is_query() && is_cursor(&p.field)) {
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
            ).with_kind(DiagnosticKind::RelativeServer));
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
            &const_name(&label),
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
                diagnostics.push(
                    Diagnostic::warning(
                        Location::pointer(format!("{pointer}/x-key-prefix")),
                        "`x-key-prefix` must be a string or a list of strings; ignored",
                    )
                    .with_kind(DiagnosticKind::Extension),
                );
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
    let requirement = first_security_requirement(spec);
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
                detail: String::new(),
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
        out.push(auth_scheme(name, scheme, &pointer, diagnostics));
    }
    (out, errors)
}

/// The first security requirement, global, else the first operation's, and where it is.
fn first_security_requirement(spec: &OpenAPI) -> Option<(openapiv3::SecurityRequirement, String)> {
    let global = spec
        .security
        .as_ref()
        .and_then(|s| s.first().cloned())
        .map(|r| (r, "#/security/0".to_owned()));
    global.or_else(|| {
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
    })
}

/// What the client sends for the security scheme `name` (at `pointer`): basic, bearer, an
/// API key in a header or the query, or an OAuth2 scheme whose tokens it fetches; other
/// schemes are bearer tokens the caller provides, with a note or a warning.
fn auth_scheme(
    name: &str,
    scheme: &SecurityScheme,
    pointer: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> AuthScheme {
    match scheme {
        SecurityScheme::HTTP { scheme: s, .. } if s.eq_ignore_ascii_case("basic") => {
            AuthScheme::Basic {
                scheme: name.to_owned(),
            }
        }
        SecurityScheme::HTTP { scheme: s, .. } if s.eq_ignore_ascii_case("bearer") => {
            AuthScheme::Bearer {
                scheme: name.to_owned(),
            }
        }
        SecurityScheme::APIKey {
            location: openapiv3::APIKeyLocation::Header,
            name: header,
            ..
        } => AuthScheme::ApiKeyHeader {
            scheme: name.to_owned(),
            header: header.clone(),
        },
        SecurityScheme::APIKey {
            location: openapiv3::APIKeyLocation::Query,
            name: param,
            ..
        } => AuthScheme::ApiKeyQuery {
            scheme: name.to_owned(),
            param: param.clone(),
        },
        SecurityScheme::OAuth2 { flows, .. }
            if flows.client_credentials.is_some()
                || flows.authorization_code.is_some()
                || flows.password.is_some() =>
        {
            oauth2_scheme(name, flows)
        }
        // An OAuth 2.0 scheme with only the implicit flow, or OpenID Connect: the access token is a
        // bearer token (RFC 6750), what the client sends is right; getting it is the caller's.
        SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
            let kind = if matches!(scheme, SecurityScheme::OAuth2 { .. }) {
                "oauth2 with only the implicit flow"
            } else {
                "openIdConnect"
            };
            diagnostics.push(Diagnostic::note(
                Location::pointer(pointer),
                format!(
                    "security scheme `{name}` ({kind}): the client does not run its flows; give it an access token, sent as a bearer token"
                ),
            ).with_kind(DiagnosticKind::Unsupported(Construct::SecurityScheme)));
            AuthScheme::Bearer {
                scheme: name.to_owned(),
            }
        }
        other => {
            diagnostics.push(Diagnostic::warning(
                Location::pointer(pointer),
                format!(
                    "security scheme `{name}` ({}) is not supported as such; its token is sent as a bearer token",
                    match other {
                        SecurityScheme::OAuth2 { .. } => "oauth2 with only the implicit flow".to_owned(),
                        SecurityScheme::OpenIDConnect { .. } => "openIdConnect".to_owned(),
                        SecurityScheme::HTTP { scheme, .. } => format!("http {scheme}"),
                        SecurityScheme::APIKey { .. } => "apiKey in a cookie".to_owned(),
                    }
                ),
            ).with_kind(DiagnosticKind::Unsupported(Construct::SecurityScheme)));
            AuthScheme::Bearer {
                scheme: name.to_owned(),
            }
        }
    }
}

/// An OAuth2 scheme with a client-credentials, authorization-code or password flow: the
/// client-credentials `tokenUrl`, the first refresh URL, the scopes the flows declare.
fn oauth2_scheme(name: &str, flows: &openapiv3::OAuth2Flows) -> AuthScheme {
    let cc = flows.client_credentials.as_ref();
    let code = flows.authorization_code.as_ref();
    let password = flows.password.as_ref();
    let refresh_url = code
        .and_then(|f| f.refresh_url.clone())
        .or_else(|| password.and_then(|f| f.refresh_url.clone()))
        .or_else(|| cc.and_then(|f| f.refresh_url.clone()))
        .or_else(|| code.map(|f| f.token_url.clone()))
        .or_else(|| password.map(|f| f.token_url.clone()))
        .or_else(|| cc.map(|f| f.token_url.clone()));
    let mut scopes: Vec<(String, String)> = Vec::new();
    let declared = cc
        .map(|f| &f.scopes)
        .into_iter()
        .chain(code.map(|f| &f.scopes))
        .chain(password.map(|f| &f.scopes));
    for (scope, doc) in declared.flatten() {
        if !scopes.iter().any(|(s, _)| s == scope) {
            scopes.push((scope.clone(), doc.clone()));
        }
    }
    AuthScheme::OAuth2 {
        scheme: name.to_owned(),
        token_url: cc.map(|f| f.token_url.clone()),
        refresh_url,
        scopes,
    }
}
