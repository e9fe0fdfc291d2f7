/** One output file of a renderer (a leaf module: renderers and views import it without the renderers). */
export interface RenderedFile {
  /** `<name>.yaml`, `<name>.eu-west-1.yaml`, `<name>.console.md` ... */
  fileName: string;
  /** The Region the file deploys to (CloudFormation), or undefined for documents. */
  region?: string;
  content: string;
}
