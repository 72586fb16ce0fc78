import type { ResponseUrlOrigin, ResponseUrlPost } from "../types.ts";
import type { IdSource } from "./ids.ts";

export const RESPONSE_URL_PATH = "/response_url/";

/** response_urls handed out in payloads, and what the bot posted to them. */
export class ResponseUrlStore {
  private origins = new Map<string, ResponseUrlOrigin>();
  private posts: ResponseUrlPost[] = [];

  constructor(private readonly ids: IdSource) {}

  /** Returns the id; the URL is `${baseUrl}/response_url/${id}`. */
  issue(origin: ResponseUrlOrigin): string {
    const id = this.ids.nextResponseUrlId();
    this.origins.set(id, { ...origin });
    return id;
  }

  origin(id: string): ResponseUrlOrigin | undefined {
    return this.origins.get(id);
  }

  record(post: ResponseUrlPost): void {
    this.posts.push(post);
  }

  all(): ResponseUrlPost[] {
    return [...this.posts];
  }

  reset(): void {
    this.origins.clear();
    this.posts = [];
  }
}
