// The flow as a Cloudflare Worker (workerd): the fakes' addresses as the request's JSON body.
import { flow } from "./flow.mjs";

export default {
  async fetch(request) {
    return Response.json(await flow(await request.json()));
  },
};
