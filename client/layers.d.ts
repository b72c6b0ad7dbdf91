export interface ClientLayer {
  name: string;
  folders: string[];
  /** Folders of this layer may not import each other (features). */
  apart?: boolean;
}
export declare const CLIENT_LAYERS: ClientLayer[];
export declare function forbiddenImports(): Map<string, string[]>;
