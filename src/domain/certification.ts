/** The certifications the app prepares for, as users see them. */
export const CERTIFICATIONS = ['CPC', 'CIC', 'CCS', 'CCA'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export function isCertification(value: string): value is Certification {
  return (CERTIFICATIONS as readonly string[]).includes(value);
}
