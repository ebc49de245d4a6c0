// Reviews: the ones done, the ones due, and saving a new one with the plan changes it decides.
import type { Static } from 'typebox';
import type {
  DueReviewSchema,
  NewReviewSchema,
  PlanChangesSchema,
  ReviewSchema,
} from '../../server/modules/reviews/schemas';
import { request } from './client';

export type Review = Static<typeof ReviewSchema>;
export type ReviewType = Review['type'];
export type NewReview = Static<typeof NewReviewSchema>;
export type PlanChanges = Static<typeof PlanChangesSchema>;
export type DueReview = Static<typeof DueReviewSchema>;

export const reviewsApi = {
  past: () => request<Review[]>('GET', '/me/reviews'),
  due: () => request<DueReview[]>('GET', '/me/reviews/due'),
  submit: (review: NewReview) => request<Review>('POST', '/me/reviews', review),
};
