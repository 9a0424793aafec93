// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on charges.
/// Operations on charges; get one with [`Client::charges`](crate::Client::charges).
#[derive(Debug, Clone)]
pub struct ChargesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on charges.
    pub fn charges(&self) -> ChargesResource<'_> {
        ChargesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> ChargesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// List all charges
    ///
    /// Returns charges, newest first, one page at a time.
    ///
    /// `GET /v1/charges/list`
    ///
    /// Sends the filters as a JSON body and as query parameters: each member of the body
    /// is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra
    /// fields included), so a server or proxy that drops the body of a `GET` still gets them.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ListCharges::default();
    /// let _response = client.charges().list(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        body: &crate::types::ListCharges,
    ) -> crate::Call<'a, crate::types::ListChargesResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/charges/list"),
            );
            request.operation("charges.list", "/v1/charges/list");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            request.body_also_as_query();
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListChargesResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID,
    /// in the body and in the query) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        body: &crate::types::ListCharges,
    ) -> crate::Pages<crate::types::Charge> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (body.to_owned(),),
            |client, options, state| {
                let (body,) = state;
                ChargesResource {
                    client,
                    options: options.clone(),
                }
                    .list(body)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Retrieve a charge
    ///
    /// Returns a charge, the same as its creation or refund returned.
    ///
    /// `GET /v1/charges/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the charge.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.charges().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Charge> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/charges/", &*id_segment].concat(),
            );
            request.operation("charges.retrieve", "/v1/charges/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Charge>,
        )
    }
}
