import { Component, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { Failure } from "./StateScreens";

/** A rendering fault (e.g. a malformed report) must not leave a blank pane: say what went wrong and offer a restart. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Failure
        heading="ROD Author stopped unexpectedly"
        message={error.message || "The pane could not show its results."}
        advice="Your document stays open in Word. Start again to reload the pane; if it keeps happening, tell your IT team."
        action={
          <Button appearance="primary" onClick={() => this.setState({ error: undefined })}>
            Start again
          </Button>
        }
      />
    );
  }
}
