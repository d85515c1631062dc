import { Component, type ReactNode } from "react";
import { StartFailed } from "./StateScreens";

/** A rendering fault must not leave a blank pane: show what went wrong instead. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) return <StartFailed message={this.state.error.message || "The pane stopped unexpectedly."} />;
    return this.props.children;
  }
}
