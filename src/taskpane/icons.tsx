// Small inline icons. Each status has its own shape, and is always shown next to words: colour is
// never the only carrier of meaning. Icons are decorative (aria-hidden).
import * as React from 'react';
import type { SectionStatus, Severity } from '../analysis/types';

const GREEN = '#0e700e';
const RED = '#b10e1c';
const AMBER = '#835b00';
const BLUE = '#0f6cbd';

interface IconProps {
  size?: number;
}

function Svg({ size = 16, children }: IconProps & { children: React.ReactNode }): React.JSX.Element {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      style={{ flex: 'none', verticalAlign: 'middle' }}
    >
      {children}
    </svg>
  );
}

/** A check mark in a filled circle. */
export function OkIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="7" fill={GREEN} />
      <path d="M4.5 8.2l2.3 2.3 4.7-4.9" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" />
    </Svg>
  );
}

/** A cross in a filled circle. */
export function CrossIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="7" fill={RED} />
      <path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </Svg>
  );
}

/** An empty dashed circle: nothing written yet. */
function EmptyIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="6.2" fill="none" stroke={RED} strokeWidth="1.8" strokeDasharray="3 2" />
    </Svg>
  );
}

/** A page with lines and a pencil stroke: the outline's guidance text is still there. */
function GuidanceIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <rect x="2" y="1.5" width="10" height="13" rx="1.5" fill="none" stroke={RED} strokeWidth="1.5" />
      <path d="M4.5 5h5M4.5 8h5M4.5 11h3" stroke={RED} strokeWidth="1.3" />
      <path d="M10.5 14.5l4-4" stroke={RED} strokeWidth="2" strokeLinecap="round" />
    </Svg>
  );
}

/** A hash sign in a square: numbers are missing. */
function NoFiguresIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="none" stroke={RED} strokeWidth="1.5" />
      <path d="M6.5 4l-1 8M10.5 4l-1 8M4 6.5h8M4 9.5h8" stroke={RED} strokeWidth="1.2" />
    </Svg>
  );
}

/** A triangle with an exclamation mark. */
export function WarningIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <path d="M8 1.5l7 12.5H1z" fill={AMBER} />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="12" r="1" fill="#fff" />
    </Svg>
  );
}

/** An "i" in a circle. */
export function InfoIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="7" fill={BLUE} />
      <path d="M8 7v4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="4.7" r="1" fill="#fff" />
    </Svg>
  );
}

/** A small dash: a checklist item not found yet. */
export function DashIcon(props: IconProps): React.JSX.Element {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="6.2" fill="none" stroke={AMBER} strokeWidth="1.5" />
      <path d="M5 8h6" stroke={AMBER} strokeWidth="1.8" strokeLinecap="round" />
    </Svg>
  );
}

export function StatusIcon({ status, size }: { status: SectionStatus; size?: number }): React.JSX.Element {
  switch (status) {
    case 'ok':
      return <OkIcon size={size} />;
    case 'missing':
      return <CrossIcon size={size} />;
    case 'empty':
      return <EmptyIcon size={size} />;
    case 'guidance-left':
      return <GuidanceIcon size={size} />;
    case 'no-figures':
      return <NoFiguresIcon size={size} />;
  }
}

export function SeverityIcon({ severity, size }: { severity: Severity; size?: number }): React.JSX.Element {
  switch (severity) {
    case 'error':
      return <CrossIcon size={size} />;
    case 'warning':
      return <WarningIcon size={size} />;
    case 'info':
      return <InfoIcon size={size} />;
  }
}
