// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on issuing authorizations.
/// Operations on issuing authorizations; get one with [`Client::issuing_authorizations`](crate::Client::issuing_authorizations).
#[derive(Debug, Clone)]
pub struct IssuingAuthorizationsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on issuing authorizations.
    pub fn issuing_authorizations(&self) -> IssuingAuthorizationsResource<'_> {
        IssuingAuthorizationsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> IssuingAuthorizationsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// List all authorization
    ///
    /// Returns the authorizations of issued cards, one page at a time.
    ///
    /// `GET /v1/issuing/authorizations`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let params = wooshpay::ListIssuingAuthorizations::default();
    /// let _response = client.issuing_authorizations().list(&params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        params: &crate::types::ListIssuingAuthorizations,
    ) -> crate::Call<'a, crate::types::ListIssuingAuthorizationsResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/issuing/authorizations"),
            );
            request
                .operation("issuing_authorizations.list", "/v1/issuing/authorizations");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            if let Some(value) = &params.card {
                request.query("card", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.cardholder {
                request
                    .query(
                        "cardholder",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.status {
                request
                    .query("status", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.created_gt {
                request
                    .query(
                        "created[gt]",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.created_gte {
                request
                    .query(
                        "created[gte]",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.created_lt {
                request
                    .query(
                        "created[lt]",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.created_lte {
                request
                    .query(
                        "created[lte]",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.ending_before {
                request
                    .query(
                        "ending_before",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.starting_after {
                request
                    .query(
                        "starting_after",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.limit {
                request.query("limit", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListIssuingAuthorizationsResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        params: &crate::types::ListIssuingAuthorizations,
    ) -> crate::Pages<crate::types::IssuingAuthorization> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (params.to_owned(),),
            |client, options, state| {
                let (params,) = state;
                IssuingAuthorizationsResource {
                    client,
                    options: options.clone(),
                }
                    .list(params)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Retrieve an authorization
    ///
    /// Returns an authorization of an issued card.
    ///
    /// `GET /v1/issuing/authorizations/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the authorization.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.issuing_authorizations().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        id: &str,
    ) -> crate::Call<'a, crate::types::IssuingAuthorization> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/issuing/authorizations/", &*id_segment].concat(),
            );
            request
                .operation(
                    "issuing_authorizations.retrieve",
                    "/v1/issuing/authorizations/{id}",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::IssuingAuthorization>,
        )
    }
}
