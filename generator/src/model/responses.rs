//! The responses stage beyond the primary success: every documented success status when
//! they differ (the call's response enum), and the documented error statuses with a body
//! (the operation's error enum).

use openapiv3::{OpenAPI, ReferenceOr, Response, StatusCode};

use crate::error::escape_pointer_segment;
use crate::error::Location;
use crate::model::docs::doc_text;
use crate::model::operations::is_json;
use crate::model::types::TypeBuilder;
use crate::model::{NameHint, OperationErrors, Outcome, OutcomeEnum, ResponseStatus, TypeRef};
use crate::refs::follow as component;
use crate::report::Diagnostic;

/// The variant name of a status: its reason phrase (`NotFound`), `Status418` for one without
/// a well-known phrase, `Success`/`ClientError`/`ServerError` for a class, `Default`.
fn variant_name(status: &ResponseStatus) -> String {
    let code = match status {
        ResponseStatus::Default => return "Default".into(),
        ResponseStatus::Range(2) => return "Success".into(),
        ResponseStatus::Range(4) => return "ClientError".into(),
        ResponseStatus::Range(5) => return "ServerError".into(),
        ResponseStatus::Range(r) => return format!("Status{r}xx"),
        ResponseStatus::Code(c) => *c,
    };
    let phrase = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    phrase.into()
}

fn status_of(code: &StatusCode) -> ResponseStatus {
    match code {
        StatusCode::Code(c) => ResponseStatus::Code(*c),
        StatusCode::Range(r) => ResponseStatus::Range(*r as u8),
    }
}

/// Codes before classes, each in order; `default` last.
fn order(status: &ResponseStatus) -> (u8, u16) {
    match status {
        ResponseStatus::Code(c) => (0, *c),
        ResponseStatus::Range(r) => (1, u16::from(*r)),
        ResponseStatus::Default => (2, 0),
    }
}

/// The documented responses of `op` whose status class is `class` (2, or 4 and 5 for
/// `errors`), with `default` when `with_default`; in [`order`].
fn documented<'s>(
    op: &'s openapiv3::Operation,
    classes: &[u16],
    with_default: bool,
) -> Vec<(ResponseStatus, &'s ReferenceOr<Response>)> {
    let mut found: Vec<(ResponseStatus, &ReferenceOr<Response>)> = op
        .responses
        .responses
        .iter()
        .filter(|(code, _)| match code {
            StatusCode::Code(c) => classes.contains(&(c / 100)),
            StatusCode::Range(r) => classes.contains(&(*r)),
        })
        .map(|(code, r)| (status_of(code), r))
        .collect();
    if with_default {
        found.extend(
            op.responses
                .default
                .as_ref()
                .map(|r| (ResponseStatus::Default, r)),
        );
    }
    found.sort_by_key(|(s, _)| order(s));
    found
}

/// One response's body type: its JSON schema converted (`hint` for an inline one), raw bytes
/// for other media, `None` without content. A `$ref` or schema that cannot be followed is a
/// warning and the response is left out (`Err(())`).
fn body_of(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    response: &ReferenceOr<Response>,
    rp: &str,
    hint: &str,
    json_only: bool,
) -> Result<Option<TypeRef>, ()> {
    let warn = |types: &mut TypeBuilder, what: String| {
        types.diagnostics.push(Diagnostic::warning(
            Location::pointer(rp),
            format!("{what}; the response is left out of the operation's typed responses"),
        ));
    };
    let response = match component(spec, response, "responses", |c| &c.responses, rp) {
        Ok(r) => r,
        Err(e) => {
            warn(types, e.to_string());
            return Err(());
        }
    };
    if let Some((media, mt)) = response.content.iter().find(|(m, _)| is_json(m)) {
        let Some(schema) = &mt.schema else {
            return Ok(Some(TypeRef::Json));
        };
        let sp = format!("{rp}/content/{}/schema", escape_pointer_segment(media));
        return match types.convert(schema, hint, &sp) {
            Ok(ty) => Ok(Some(ty)),
            Err(e) => {
                warn(types, e.to_string());
                Err(())
            }
        };
    }
    Ok((!response.content.is_empty() && !json_only).then_some(TypeRef::Binary))
}

fn description(spec: &OpenAPI, response: &ReferenceOr<Response>, rp: &str) -> Option<String> {
    let r = component(spec, response, "responses", |c| &c.responses, rp).ok()?;
    doc_text(Some(&r.description))
}

/// Every documented success status, when they do not all decode into `primary` (the type of
/// the lowest one, already converted): the enum the call returns. `None` for a single status,
/// statuses that agree, or a streamed response.
pub(super) fn success_enum(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    op: &openapiv3::Operation,
    base: &str,
    pointer: &str,
    primary: Option<&TypeRef>,
) -> Option<OutcomeEnum> {
    let found = documented(op, &[2], false);
    if found.len() < 2 {
        return None;
    }
    let mut outcomes = Vec::new();
    for (i, (status, response)) in found.into_iter().enumerate() {
        let variant = variant_name(&status);
        let rp = format!(
            "{pointer}/responses/{}",
            escape_pointer_segment(&status_text(&status))
        );
        let ty = if i == 0 {
            primary.cloned()
        } else {
            body_of(
                spec,
                types,
                response,
                &rp,
                &format!("{base}{variant}"),
                false,
            )
            .ok()?
        };
        let doc = description(spec, response, &rp);
        outcomes.push(Outcome {
            status,
            variant,
            ty,
            doc,
        });
    }
    if outcomes.iter().all(|o| o.ty == outcomes[0].ty) {
        return None;
    }
    // `<Base>Response` is often an inline 200 body's name already: then `<Base>Responses`.
    let (id, name) = types.request_name(
        NameHint::Suggested {
            preferred: vec![format!("{base}Response"), format!("{base}Responses")],
            fallback: format!("{base}Response"),
        },
        "the responses of an operation".into(),
        pointer,
        false,
    );
    Some(OutcomeEnum { id, name, outcomes })
}

/// The documented error statuses (`4XX`, `5XX`, their codes and `default` beside a success),
/// when one with a status of its own has a JSON body: the operation's error enum, or the one
/// type every status shares (no enum then: a spec whose every error is the same envelope gets
/// no enum per operation). `default` alone is the API's catch-all, read by its conventions'
/// error envelope instead.
pub(super) fn errors(
    spec: &OpenAPI,
    types: &mut TypeBuilder,
    op: &openapiv3::Operation,
    base: &str,
    pointer: &str,
) -> Option<OperationErrors> {
    let has_success = !documented(op, &[2], false).is_empty();
    let found = documented(op, &[4, 5], has_success);
    let has_schema = |r: &ReferenceOr<Response>, at: &str| {
        component(spec, r, "responses", |c| &c.responses, at)
            .ok()
            .is_some_and(|r| r.content.keys().any(|m| is_json(m)))
    };
    let rp = |status: &ResponseStatus| {
        format!(
            "{pointer}/responses/{}",
            escape_pointer_segment(&status_text(status))
        )
    };
    if !found
        .iter()
        .any(|(s, r)| *s != ResponseStatus::Default && has_schema(r, &rp(s)))
    {
        return None;
    }
    let mut outcomes = Vec::new();
    for (status, response) in found {
        let variant = variant_name(&status);
        let at = rp(&status);
        let Ok(ty) = body_of(
            spec,
            types,
            response,
            &at,
            &format!("{base}{variant}"),
            true,
        ) else {
            continue;
        };
        let doc = description(spec, response, &at);
        outcomes.push(Outcome {
            status,
            variant,
            ty,
            doc,
        });
    }
    let first = outcomes.first()?.ty.clone();
    if let Some(ty) = first.filter(|_| outcomes.iter().all(|o| o.ty == outcomes[0].ty)) {
        let statuses = outcomes.into_iter().map(|o| o.status).collect();
        return Some(OperationErrors::Body { ty, statuses });
    }
    let (id, name) = types.request_name(
        NameHint::Suggested {
            preferred: vec![format!("{base}Error"), format!("{base}Errors")],
            fallback: format!("{base}Error"),
        },
        "the documented errors of an operation".into(),
        pointer,
        false,
    );
    Some(OperationErrors::Enum(OutcomeEnum { id, name, outcomes }))
}

/// How a status is written in docs and in `api.json`: `404`, `4XX`, `default`.
pub fn status_text(status: &ResponseStatus) -> String {
    match status {
        ResponseStatus::Code(c) => c.to_string(),
        ResponseStatus::Range(r) => format!("{r}XX"),
        ResponseStatus::Default => "default".into(),
    }
}
